// SPDX-License-Identifier: MIT
using Edge.DeviceFit.Sweeps;
using Edge.Hardware.Device;

namespace Edge.DeviceFit.Fitting;

/// <summary>
/// Does a device reproduce measured sweeps where it matters most for programming, their saturation levels? Runs every
/// measured sweep again on simulated cells of the device (with their noise), each from the sweep's own initial read,
/// and compares the level each (direction, voltage, width) condition ends at, averaged over repetitions.
/// </summary>
public static class SaturationCheck
{
    /// <summary>Reads at a sweep's end averaged into its saturation level.</summary>
    public const int EndReads = 10;

    /// <summary>One condition's saturation level, measured and simulated, ohm.</summary>
    public sealed record Level(SweepCondition Condition, double MeasuredOhms, double SimulatedOhms);

    /// <summary>The comparison: every condition and the root mean square of the differences, ohm.</summary>
    public sealed record Result(IReadOnlyList<Level> Levels, double RmsOhms);

    /// <summary>Runs the check on cells of <paramref name="device"/> (repetition k on cell k of one array).</summary>
    public static Result Run(DeviceParameters device, IReadOnlyList<MeasuredSweep> sweeps)
    {
        ArgumentNullException.ThrowIfNull(sweeps);
        var groups = sweeps.GroupBy(s => s.Condition).ToList();
        var array = new MemristorArray(device, groups.Max(g => g.Count()));
        var levels = new List<Level>();
        foreach (var group in groups)
        {
            var simulated = group.Select((sweep, k) => Simulate(array[k], sweep)).ToList();
            levels.Add(new Level(group.Key, group.Average(s => s.EndLevelOhms(EndReads)), simulated.Average()));
        }

        double rms = Math.Sqrt(levels.Average(l => (l.MeasuredOhms - l.SimulatedOhms) * (l.MeasuredOhms - l.SimulatedOhms)));
        return new Result(levels, rms);
    }

    private static double Simulate(MemristorCell cell, MeasuredSweep sweep)
    {
        cell.SetResistance(sweep.ResistancesOhms[0]);
        double sum = 0;
        for (int pulse = 1; pulse <= sweep.Pulses; pulse++)
        {
            cell.ApplyPulse(sweep.SignedVolts, sweep.WidthMs);
            if (pulse > sweep.Pulses - EndReads)
            {
                sum += cell.ResistanceOhms;
            }
        }

        return sum / EndReads;
    }
}
