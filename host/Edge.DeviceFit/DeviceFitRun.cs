// SPDX-License-Identifier: MIT
using Edge.Analog.Formats;
using Edge.DeviceFit.Fitting;
using Edge.DeviceFit.Sweeps;
using Edge.Shared.Formats;

namespace Edge.DeviceFit;

/// <summary>
/// <c>edge device fit</c> as a library call: read the sweeps, fit the device model, write the device file, the fit
/// report (<c>NAME-fit.json</c>) and the overlay plots (<c>NAME-fit-potentiation.png/.svg</c>, <c>-depression</c>) next
/// to it, and check that the fitted device reproduces the measured saturation levels.
/// </summary>
public static class DeviceFitRun
{
    /// <summary>Runs the fit; returns the report it wrote.</summary>
    /// <param name="sweepsPath">Sweeps CSV (docs/formats.md).</param>
    /// <param name="devicePath">Device JSON to write.</param>
    /// <param name="seed">The seed field of the written device.</param>
    /// <param name="bootstrapResamples">Refits behind the bootstrap standard errors (0 = Hessian errors only).</param>
    /// <exception cref="Edge.Analog.Errors.EdgeException">The sweeps are missing or malformed (BadInput).</exception>
    public static DeviceFitReport Run(string sweepsPath, string devicePath, int seed, int bootstrapResamples)
    {
        ArgumentException.ThrowIfNullOrEmpty(devicePath);
        var sweeps = SweepsFile.Load(sweepsPath);
        var fit = DeviceFitter.Fit(sweeps, seed, bootstrapResamples);
        var check = SaturationCheck.Run(fit.Device, sweeps);

        string directory = Path.GetDirectoryName(Path.GetFullPath(devicePath))!;
        Directory.CreateDirectory(directory);
        string stem = Path.Combine(directory, Path.GetFileNameWithoutExtension(devicePath));
        File.WriteAllText(
            devicePath,
            $"// Fitted by `edge device fit` to {Path.GetFileName(sweepsPath)}; report: {Path.GetFileName(stem)}-fit.json.\n" + fit.Device.ToJson());
        var plots = new[] { Direction.Potentiation, Direction.Depression }
            .Select(d => DeviceFitPlots.SaveOverlay(sweeps, fit.Device, d, $"{stem}-fit-{DirectionNames.Of(d)}"))
            .ToList();
        var report = DeviceFitReport.From(sweepsPath, devicePath, sweeps.Count, fit, check, plots);
        JsonFiles.Write(stem + "-fit.json", report);
        return report;
    }
}
