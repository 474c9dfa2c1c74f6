// SPDX-License-Identifier: MIT
using Edge.Shared.Protocol;

namespace Edge.Host.Calibration.Run;

/// <summary>What <c>edge calibrate</c> records about the device and prints when it is done.</summary>
public static class CalibrationReport
{
    /// <summary>What identifies the device: the device file (or preset) for the virtual board, the board id otherwise.</summary>
    public static string DeviceFingerprint(string? deviceFile, bool isVirtual, uint boardId)
    {
        if (!isVirtual)
        {
            return $"board-0x{boardId:X8}";
        }

        if (deviceFile is null)
        {
            return DefaultCalibration.DeviceFingerprint;
        }

        byte[] bytes = File.ReadAllBytes(deviceFile);
        return $"virtual:{Path.GetFileName(deviceFile)}:{Crc32.Compute(bytes, 0, bytes.Length):X8}";
    }

    /// <summary>The closing lines: device window, FFP pulse counts, per level count the segmentation's quality.</summary>
    public static void Write(TextWriter log, CalibrationSummary summary, string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(summary);
        log.WriteLine($"device {summary.Device.HrsOhm:F1}/{summary.Device.LrsOhm:F1} ohm (ratio {summary.Device.Ratio:F3}); FFP pulses {summary.Ffp.PulsesPotentiationMean:F0} +- {summary.Ffp.PulsesPotentiationStd:F0} potentiation, {summary.Ffp.PulsesDepressionMean:F0} +- {summary.Ffp.PulsesDepressionStd:F0} depression; mean write power {summary.Ffp.MeanWritePowerPotentiationMilliwatts:F1} / {summary.Ffp.MeanWritePowerDepressionMilliwatts:F1} mW");
        foreach (var l in summary.Levels)
        {
            // Where the skip-prone levels sit: the paper finds them in the half each direction starts from.
            int nearStart = l.SkipProneLevels.Count(k => k < l.N / 2);
            log.WriteLine($"  n = {l.N,4} {l.Direction,-12} occupied {l.Occupied,4}  nu {l.Nu:E2}  NLF {l.Nlf:E2}  skip-prone {l.SkipProne} ({nearStart} in the starting half)");
        }

        log.WriteLine($"tables generation {summary.Tables.Generation} on the board; device time {summary.DeviceSeconds / 3600:F1} h; wall {summary.SecondsWall:F1} s; results in {outputDirectory}");
    }
}
