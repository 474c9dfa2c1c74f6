// SPDX-License-Identifier: MIT
using Edge.Analog.Errors;
using Edge.Host.Calibration.Analysis;
using Edge.Shared.Formats;

namespace Edge.Host.Calibration.Run;

/// <summary>
/// The array calibration and the seek table together: the seek table's bounds are normalised with the reference cell's
/// window, which the array calibration measures. Array corrections go into the table set only when every cell of the
/// board was measured (the board refuses any other count).
/// </summary>
internal static class ArraySeekCalibration
{
    public sealed record Result(SeekTable Seek, ArrayCorrections? Corrections, IReadOnlyList<ArrayAnalysis.CellCorrection> Cells, IReadOnlyList<SeekTableBuilder.RatePoint>[] Rates);

    /// <summary>Measures every cell's window and rates (the array phase).</summary>
    public static IReadOnlyList<ArrayAnalysis.CellCorrection> MeasureArray(CalibrationContext context, IReadOnlyList<SaturationModel> models)
    {
        var s = context.Settings;
        var traces = ArrayPhase.Run(context);
        if (traces.All(t => t.Cell != s.Cell))
        {
            throw new EdgeException(ExitCode.Usage, $"the array calibration measures cells 0..{traces.Count - 1} but the calibrated cell is {s.Cell}; measure more cells (--array-cells) or calibrate a lower cell.");
        }

        return ArrayAnalysis.Analyse(traces, models, s.Cell, s.ArrayRateVolts);
    }

    /// <summary>
    /// The window every measured cell can hold after the +-6 V initialisation: highest LRS .. lowest HRS. Level targets
    /// go there, so no cell is asked for a resistance beyond its own window.
    /// </summary>
    public static (double Low, double High) CommonWindow(IReadOnlyList<ArrayAnalysis.CellCorrection> cells) =>
        (cells.Max(c => c.LrsOhms), cells.Min(c => c.HrsOhms));

    /// <summary>Measures the seek rates and builds the seek table and the array corrections.</summary>
    public static Result BuildSeek(CalibrationContext context, IReadOnlyList<SaturationModel> models, IReadOnlyList<ArrayAnalysis.CellCorrection> cells)
    {
        var s = context.Settings;
        var reference = cells.First(c => c.Cell == s.Cell);
        var rates = SeekPhase.Run(context, models);
        var inputs = new SeekTableBuilder.Inputs(reference.LrsOhms, reference.HrsOhms, s.SeekWidthMs, s.SeekVoltages, s.SeekAim, s.SeekBand, s.SeekMaxPulses, context.Board.Hello.BoardId, context.CalibrationId);
        var seek = SeekTableBuilder.Build(models, rates, inputs);
        var corrections = cells.Count == context.Board.Hello.CellCount ? ArrayAnalysis.ToTable(cells, context.Board.Hello.BoardId, context.CalibrationId) : null;
        return new Result(seek, corrections, cells, rates);
    }
}
