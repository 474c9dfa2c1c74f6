// SPDX-License-Identifier: MIT
using System.Globalization;
using Edge.Hardware.Device;
using Xunit;
using Xunit.Abstractions;

namespace Edge.Hardware.Tests.Device;

/// <summary>
/// Prints the measured characteristics of the paper preset that docs/device-model.md tabulates. Reproduce with
/// dotnet test tests/Edge.Hardware.Tests --filter "FullyQualifiedName~DeviceCharacterisationReport" --logger "console;verbosity=detailed"
/// </summary>
public sealed class DeviceCharacterisationReport
{
    private readonly ITestOutputHelper output;

    public DeviceCharacterisationReport(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void Paper_device_characteristics_are_printed_and_plausible()
    {
        var array = new MemristorArray(DeviceParameters.Paper, 1);
        MemristorCell cell = array[0];
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cell 0: HRS {cell.HrsOhm:F2} ohm, LRS {cell.LrsOhm:F2} ohm"));
        output.WriteLine("| Vw (V) | potentiation range (ohm) | potentiation mean Pearson | depression range (ohm) | depression mean Pearson | first step pot / dep (ohm) |");
        output.WriteLine("|---|---|---|---|---|---|");
        foreach (double volts in DeviceExperiments.PaperVoltages)
        {
            (double potentiationRange, double potentiationPearson) = DeviceExperiments.Characterise(cell, volts);
            (double depressionRange, double depressionPearson) = DeviceExperiments.Characterise(cell, -volts);
            double firstPotentiation = cell.ExpectedStepOhms(cell.HrsOhm, volts, DeviceExperiments.SweepWidthMs);
            double firstDepression = cell.ExpectedStepOhms(cell.LrsOhm, -volts, DeviceExperiments.SweepWidthMs);
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {volts:F1} | {potentiationRange:F2} | {potentiationPearson:F4} | {depressionRange:F2} | {depressionPearson:F4} | {-firstPotentiation:F3} / {firstDepression:F3} |"));
            Assert.InRange(potentiationRange, 0, 1.1 * (cell.HrsOhm - cell.LrsOhm));
        }

        FeedforwardCounts counts = FeedforwardLoop.Measure(cell, sweeps: 5, seed: 11);
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"FFP (0.8 s pulses, |dR| target 0.2 ohm, 5 sweeps): potentiation {counts.Potentiation:F0} +- {counts.PotentiationSd:F0}, depression {counts.Depression:F0} +- {counts.DepressionSd:F0}, ratio {counts.DepressionOverPotentiation:F2}"));
        Assert.InRange(counts.Potentiation, 300, 900);

        MemristorCell wide = new MemristorArray(DeviceParameters.Paper with { HrsOhm = 2000, LrsOhm = 1500, Seed = 7 }, 1)[0];
        FeedforwardCounts wideCounts = FeedforwardLoop.Measure(wide, sweeps: 5, seed: 11);
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"FFP on 2000/1500 ohm device (|dR| target 0.714 ohm): potentiation {wideCounts.Potentiation:F0} +- {wideCounts.PotentiationSd:F0}, depression {wideCounts.Depression:F0} +- {wideCounts.DepressionSd:F0}"));
        Assert.InRange(wideCounts.Depression, 300, 900);
    }
}
