// SPDX-License-Identifier: MIT
using System.Globalization;
using Edge.Analog.Formats;

namespace Edge.Host.Bench;

/// <summary>twin.json of <c>edge bench twin</c>: the calibration and models compared, and one row per case and bit count.</summary>
public sealed record TwinReport
{
    public required string Calibration { get; init; }

    /// <summary>The array error model the simulations and deployments used.</summary>
    public required string ErrorModel { get; init; }

    public string? ErrorModelSamples { get; init; }

    public string? SingleCellErrorModel { get; init; }

    public required string Scheme { get; init; }

    public required IReadOnlyList<TwinRow> Rows { get; init; }

    public required double SecondsWall { get; init; }

    /// <summary>The comparison as text lines: one per row, accuracies in percent.</summary>
    public IReadOnlyList<string> Table()
    {
        var lines = new List<string> { "model   dataset         bits  train   test   digital  simulated (trials)      read back  diff    single-cell model    level err (pred)  deploy s" };
        foreach (var r in Rows)
        {
            string single = r.SingleCellMean is double m ? string.Create(CultureInfo.InvariantCulture, $"{m * 100,6:F2} +- {r.SingleCellStd * 100:F2} %") : "-";
            lines.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"{r.Model,-7} {r.Dataset,-15} {r.Bits,4}  {r.TrainSamples,6} {r.TestSamples,6}  {r.DigitalAccuracy * 100,6:F2} %  {r.SimulatedMean * 100,6:F2} +- {r.SimulatedStd * 100:F2} % ({r.Trials})  {r.ReadbackAccuracy * 100,6:F2} %  {r.ReadbackMinusSimulated * 100,+5:+0.00;-0.00}  {single,-19}  {r.LevelErrorRms,5:F3} ({r.PredictedLevelErrorRms:F3})   {r.DeploySecondsWall,7:F0}"));
        }

        return lines;
    }

    /// <summary>Writes twin.json and twin.csv into <paramref name="folder"/>.</summary>
    public void Write(string folder)
    {
        Directory.CreateDirectory(folder);
        JsonFiles.Write(Path.Combine(folder, "twin.json"), this);
        var csv = new List<string> { "model,dataset,bits,train_samples,test_samples,digital_accuracy,simulated_mean,simulated_std,trials,readback_accuracy,readback_minus_simulated,single_cell_mean,single_cell_std,cells,cells_failed,level_error_rms,predicted_level_error_rms,deploy_seconds_wall,device_seconds" };
        csv.AddRange(Rows.Select(r => string.Create(
            CultureInfo.InvariantCulture,
            $"{r.Model},{r.Dataset},{r.Bits},{r.TrainSamples},{r.TestSamples},{r.DigitalAccuracy:R},{r.SimulatedMean:R},{r.SimulatedStd:R},{r.Trials},{r.ReadbackAccuracy:R},{r.ReadbackMinusSimulated:R},{r.SingleCellMean:R},{r.SingleCellStd:R},{r.Cells},{r.CellsFailed},{r.LevelErrorRms:R},{r.PredictedLevelErrorRms:R},{r.DeploySecondsWall:R},{r.DeviceSeconds:R}")));
        File.WriteAllLines(Path.Combine(folder, "twin.csv"), csv);
    }
}
