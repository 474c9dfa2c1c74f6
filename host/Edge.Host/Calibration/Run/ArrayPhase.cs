// SPDX-License-Identifier: MIT
using Edge.Host.Calibration.Analysis;
using Edge.Shared.Formats;

namespace Edge.Host.Calibration.Run;

/// <summary>
/// Array calibration (docs/calibration.md, "Array"): for every cell of the board, +6 V then -6 V half-loops (the last
/// read is its HRS), rate pulses toward the bound of <see cref="CalibrationSettings.ArrayRateVolts"/> in potentiation,
/// a +6 V half-loop (its LRS), rate pulses in depression. One checkpoint per block of cells.
/// </summary>
internal static class ArrayPhase
{
    private const int BlockCells = 16;

    /// <summary>The cells the array calibration measures on this board.</summary>
    public static int CellCount(CalibrationContext context) =>
        Math.Min(context.Settings.ArrayCells ?? (int)context.Board.Hello.CellCount, Math.Min((int)context.Board.Hello.CellCount, FormatLimits.MaxArrayCells));

    public static double PlannedDeviceSeconds(CalibrationSettings s, int cells) =>
        cells * ((3 * s.ArrayInitPulses) + (2 * s.ArrayRatePulses)) * s.SweepWidthMs / 1000.0 * 4 / 3;

    public static List<CellWindowTrace> Run(CalibrationContext context)
    {
        var s = context.Settings;
        int cells = CellCount(context);
        var traces = new List<CellWindowTrace>();
        for (int start = 0; start < cells; start += BlockCells)
        {
            int first = start;
            int count = Math.Min(BlockCells, cells - start);
            traces.AddRange(context.Checkpointed($"array/{first}", $"array cells {first}..{first + count - 1}", PlannedDeviceSeconds(s, count), () =>
                Enumerable.Range(first, count).Select(c => Measure(context, c)).ToList()));
        }

        return traces;
    }

    private static CellWindowTrace Measure(CalibrationContext context, int cell)
    {
        var s = context.Settings;
        HalfLoop(context, cell, s.InitVolts);
        double hrs = HalfLoop(context, cell, -s.InitVolts);
        double[] potentiation = RatePulses(context, cell, s.ArrayRateVolts, hrs);
        double lrs = HalfLoop(context, cell, s.InitVolts);
        double[] depression = RatePulses(context, cell, -s.ArrayRateVolts, lrs);
        return new CellWindowTrace(cell, hrs, potentiation, lrs, depression);
    }

    private static double HalfLoop(CalibrationContext context, int cell, double volts)
    {
        var outcome = context.Board.Sweep(cell, volts, context.Settings.SweepWidthMs, context.Settings.ArrayInitPulses);
        CalibrationChecks.RequireOk(outcome, $"array calibration of cell {cell}: {volts:+0.0;-0.0} V half-loop");
        return outcome.Records[^1].ResistanceMilliohms / 1000.0;
    }

    private static double[] RatePulses(CalibrationContext context, int cell, double volts, double startOhms)
    {
        var outcome = context.Board.Sweep(cell, volts, context.Settings.SweepWidthMs, context.Settings.ArrayRatePulses);
        CalibrationChecks.RequireOk(outcome, $"array calibration of cell {cell}: rate pulses at {volts:+0.0;-0.0} V");
        return [startOhms, .. outcome.Records.Select(r => r.ResistanceMilliohms / 1000.0)];
    }
}
