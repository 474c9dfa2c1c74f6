// SPDX-License-Identifier: MIT
using Edge.Analog.Errors;
using Edge.Host.Calibration.Analysis;
using Edge.Shared.Formats;
using Xunit;

namespace Edge.Host.Tests.Calibration.Analysis;

public sealed class DeltaRCoverageTests
{
    [Fact]
    public void A_device_that_steps_inside_the_window_somewhere_passes()
    {
        var device = new SyntheticDevice(740, 880);
        var traces = device.Sweeps();
        var grid = ResistanceGrid.FromTraces(traces);
        foreach (var direction in new[] { Direction.Potentiation, Direction.Depression })
        {
            DeltaRCoverage.Check(DeltaRMaps.Build(traces, direction, grid), new FfpTableOptions());
        }
    }

    [Fact]
    public void Two_voltages_that_bracket_the_window_cover_the_cell()
    {
        // 0.05 ohm at 1 V is below the 0.1-0.3 ohm window, 0.8 ohm at 2 V above it: a voltage between them steps inside.
        var traces = new[] { ConstantSteps(1.0, 0.05, 200), ConstantSteps(2.0, 0.8, 20) };
        var map = DeltaRMaps.Build(traces, Direction.Depression, ResistanceGrid.Uniform(100, 105, 5));
        DeltaRCoverage.Check(map, new FfpTableOptions { MinSamplesPerBin = 1 });
    }

    [Fact]
    public void Too_few_pulses_in_every_bin_asks_for_longer_sweeps()
    {
        var traces = new[] { ConstantSteps(1.0, 0.2, 4) };
        var map = DeltaRMaps.Build(traces, Direction.Depression, ResistanceGrid.Uniform(100, 101, 1));
        var ex = Assert.Throws<EdgeException>(() => DeltaRCoverage.Check(map, new FfpTableOptions { MinSamplesPerBin = 50 }));
        Assert.Equal(ExitCode.DeviceLimit, ex.ExitCode);
        Assert.Contains("measure longer sweeps", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_response_in_the_window_anywhere_is_a_device_limit()
    {
        var device = new SyntheticDevice(740, 880);
        var traces = device.Sweeps();
        var map = DeltaRMaps.Build(traces, Direction.Depression, ResistanceGrid.FromTraces(traces));

        var ex = Assert.Throws<EdgeException>(() => DeltaRCoverage.Check(map, new FfpTableOptions { WindowLowOhms = 500, WindowHighOhms = 600 }));

        Assert.Equal(ExitCode.DeviceLimit, ex.ExitCode);
        Assert.Contains("depression", ex.Message, StringComparison.Ordinal);
        Assert.Contains("500 .. 600 ohm", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_device_stepping_too_far_even_at_the_lowest_voltage_is_a_device_limit()
    {
        var traces = new[] { ConstantSteps(0.3, 2.0, 50), ConstantSteps(1.0, 4.0, 50) };
        var map = DeltaRMaps.Build(traces, Direction.Depression, ResistanceGrid.Uniform(100, 190, 9));

        var ex = Assert.Throws<EdgeException>(() => DeltaRCoverage.Check(map, new FfpTableOptions { MinSamplesPerBin = 1 }));

        Assert.Equal(ExitCode.DeviceLimit, ex.ExitCode);
        Assert.Contains("too strongly", ex.Message, StringComparison.Ordinal);
    }

    private static SweepTrace ConstantSteps(double volts, double stepOhms, int pulses)
        => new(Direction.Depression, volts, 0, 100.0, Enumerable.Range(1, pulses).Select(i => 100.0 + (i * stepOhms)).ToArray());
}
