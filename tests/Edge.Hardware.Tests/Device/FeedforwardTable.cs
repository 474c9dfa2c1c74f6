// SPDX-License-Identifier: MIT
using Edge.Hardware.Device;

namespace Edge.Hardware.Tests.Device;

/// <summary>
/// A test-side FFP voltage table (paper Fig. 3a) for one direction, built from the model's noise-free step law: for
/// each resistance cell, the |V| in 0.3..7 V whose expected |dR| equals the target, by bisection.
/// </summary>
internal sealed class FeedforwardTable
{
    public const double MinimumVolts = 0.3;
    public const double MaximumVolts = 7.0;

    private readonly double lowOhm;
    private readonly double cellOhm;
    private readonly double[] volts;

    private FeedforwardTable(double lowOhm, double cellOhm, double[] volts)
    {
        this.lowOhm = lowOhm;
        this.cellOhm = cellOhm;
        this.volts = volts;
    }

    /// <summary>Signed write voltage (positive = potentiation) for a read resistance.</summary>
    public double VoltsFor(double resistanceOhms)
    {
        int index = (int)Math.Floor((resistanceOhms - lowOhm) / cellOhm);
        return volts[Math.Clamp(index, 0, volts.Length - 1)];
    }

    /// <summary>Builds the table over the cell's window (+-5 % margin), 560 resistance cells per window.</summary>
    public static FeedforwardTable Build(MemristorCell cell, bool potentiation, double targetStepOhms, double widthMs)
    {
        double window = cell.HrsOhm - cell.LrsOhm;
        double low = cell.LrsOhm - (0.05 * window);
        double cellOhm = window / 560;
        var volts = new double[(int)Math.Ceiling(1.1 * window / cellOhm)];
        double sign = potentiation ? 1 : -1;
        for (int index = 0; index < volts.Length; index++)
        {
            double resistance = low + ((index + 0.5) * cellOhm);
            volts[index] = sign * Solve(magnitude => Math.Abs(cell.ExpectedStepOhms(resistance, sign * magnitude, widthMs)), targetStepOhms);
        }

        return new FeedforwardTable(low, cellOhm, volts);
    }

    /// <summary>|dR| grows with |V| (wider bound, faster drift), so bisection finds the voltage for a target step.</summary>
    private static double Solve(Func<double, double> stepOhms, double targetStepOhms)
    {
        if (stepOhms(MaximumVolts) <= targetStepOhms)
        {
            return MaximumVolts;
        }

        if (stepOhms(MinimumVolts) >= targetStepOhms)
        {
            return MinimumVolts;
        }

        double low = MinimumVolts;
        double high = MaximumVolts;
        for (int iteration = 0; iteration < 40; iteration++)
        {
            double middle = 0.5 * (low + high);
            if (stepOhms(middle) < targetStepOhms)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return 0.5 * (low + high);
    }
}
