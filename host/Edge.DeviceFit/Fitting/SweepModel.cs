// SPDX-License-Identifier: MIT
using Edge.DeviceFit.Sweeps;
using Edge.Hardware.Device;

namespace Edge.DeviceFit.Fitting;

/// <summary>
/// What the device model expects a measured sweep to look like: from the sweep's own initial read, each pulse moves R by
/// the cell's mean step (drift plus expected overshoot, <see cref="MemristorCell.MeanStepOhms"/>). Averaged over
/// repetitions, measured sweeps follow this curve; a single one scatters around it by the step noise.
/// </summary>
public static class SweepModel
{
    /// <summary>The nominal cell of <paramref name="device"/> (its cell-to-cell spread removed).</summary>
    public static MemristorCell NominalCell(DeviceParameters device) =>
        new(device with { CellResistanceSigmaFraction = 0, CellWindowSigmaFraction = 0, CellRateSigmaFraction = 0 }, 0);

    /// <summary>Expected R after pulse 0 (the measured initial read), 1, 2, ... of <paramref name="sweep"/>, ohm.</summary>
    public static double[] Predict(MemristorCell cell, MeasuredSweep sweep)
    {
        ArgumentNullException.ThrowIfNull(cell);
        ArgumentNullException.ThrowIfNull(sweep);
        var predicted = new double[sweep.ResistancesOhms.Count];
        double ohms = sweep.ResistancesOhms[0];
        predicted[0] = ohms;
        for (int pulse = 1; pulse < predicted.Length; pulse++)
        {
            ohms += cell.MeanStepOhms(ohms, sweep.SignedVolts, sweep.WidthMs);
            predicted[pulse] = ohms;
        }

        return predicted;
    }

    /// <summary>
    /// Measured minus expected R of every read after a pulse, sweep after sweep, ohm, each divided by its sweep's
    /// weight divisor (1 when <paramref name="scaleOhms"/> is null).
    /// </summary>
    public static double[] Residuals(DeviceParameters device, IReadOnlyList<MeasuredSweep> sweeps, IReadOnlyList<double>? scaleOhms = null)
    {
        ArgumentNullException.ThrowIfNull(sweeps);
        var cell = NominalCell(device);
        var residuals = new double[sweeps.Sum(s => s.Pulses)];
        int at = 0;
        for (int s = 0; s < sweeps.Count; s++)
        {
            var sweep = sweeps[s];
            double[] predicted = Predict(cell, sweep);
            double scale = scaleOhms?[s] ?? 1;
            for (int pulse = 1; pulse < predicted.Length; pulse++)
            {
                residuals[at++] = (sweep.ResistancesOhms[pulse] - predicted[pulse]) / scale;
            }
        }

        return residuals;
    }
}
