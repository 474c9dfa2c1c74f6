// SPDX-License-Identifier: MIT
using Edge.Hardware.Device;

namespace Edge.DeviceFit.Tests;

/// <summary>Devices the fit has never seen: the paper preset, the untuned fixture and two perturbed ones (other windows, laws, seeds).</summary>
internal static class TestDevices
{
    public static DeviceParameters Named(string name) => name switch
    {
        "paper-tio2" => DeviceParameters.Load(Path.Combine(Root, "hardware", "devices", name + ".json")),
        "untuned-1650-1300" => DeviceParameters.Load(Path.Combine(Root, "tests", "fixtures", "devices", name + ".json")),

        // A narrower, faster-potentiating device whose bound law differs from the paper's in every field.
        "narrow-1200-1000" => DeviceParameters.Paper with
        {
            HrsOhm = 1200, LrsOhm = 1000, Seed = 91, PotentiationTimeConstantMs = 1200, DepressionTimeConstantMs = 2500,
            DriftScaleVolts = 8, FullWindowVolts = 5.5, BoundExponent = 1.8, BoundOverreachFraction = 0.12,
        },

        // A wider, slower device with a curved soft bound (gamma 1.2) and a flatter bound law.
        "wide-2600-2200" => DeviceParameters.Paper with
        {
            HrsOhm = 2600, LrsOhm = 2200, Seed = 313, PotentiationTimeConstantMs = 3000, DepressionTimeConstantMs = 1800,
            DriftScaleVolts = 12, FullWindowVolts = 6.5, BoundExponent = 1.3, BoundOverreachFraction = 0.05, StepExponent = 1.2,
        },
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown test device"),
    };

    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Edge.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Edge.sln not found above the test binaries.");
    }
}
