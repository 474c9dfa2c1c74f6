// SPDX-License-Identifier: MIT
using Edge.Analog.ErrorModel;
using Edge.Analog.Errors;
using Edge.Analog.Formats;
using Edge.Analog.Plan;
using Edge.Host.ErrorModel;
using Edge.Host.Formats;
using Edge.Shared.Formats;

namespace Edge.Host.Deploy;

/// <summary>
/// <c>edge fit --from-deploy JOURNAL</c>: an error model from what a deployment really left on the board. Every device
/// of the journal with a read-back is one programming sample of its level: its target is the reached resistance of the
/// calibrated level it was programmed to, its actual value the read-back, both normalised with the calibration's level
/// table exactly as the deployment's read-back accuracy is. The model has the deployment's level set (2^b levels for b
/// bits), so <c>edge simulate --error-model FILE --bits b</c> predicts with what the board did rather than with the
/// calibration's samples.
/// </summary>
public static class DeployErrorModelFitRun
{
    /// <summary>Fits, writes <paramref name="outPath"/> and the plots; returns the model and the PNG paths.</summary>
    /// <exception cref="EdgeException"><see cref="ExitCode.BadInput"/>: no journal, no read-backs, or targets the calibration does not hold.</exception>
    public static (ProgramErrorModel Model, IReadOnlyList<string> Plots) Run(
        string journalPath, string calibrationDirectory, int calibratedLevels, string outPath, ErrorModelFitOptions options, ulong plotSeed)
    {
        ArgumentNullException.ThrowIfNull(journalPath);
        if (!File.Exists(journalPath))
        {
            throw new EdgeException(ExitCode.BadInput, $"{journalPath}: no such deployment journal (the --journal file of 'edge deploy').");
        }

        List<(int Level, double TargetOhms, double? ReadbackOhms)> devices;
        using (var journal = DeployJournal.Open(journalPath))
        {
            devices = journal.Readbacks();
        }

        var read = devices.Where(d => d.ReadbackOhms is double r && double.IsFinite(r) && r > 0).ToList();
        if (read.Count == 0)
        {
            throw new EdgeException(ExitCode.BadInput, $"{journalPath}: holds {devices.Count} devices but no read-back values; finish the deployment (edge deploy --resume) first.");
        }

        var table = CalibrationLevels.Load(calibrationDirectory, calibratedLevels, Direction.Potentiation);
        int count = 2;
        while (count < read.Max(d => d.Level) + 1)
        {
            count *= 2;
        }

        var samples = read.Select((d, i) =>
        {
            int k = CalibratedLevel(table, d.TargetOhms, journalPath, calibrationDirectory);
            double reached = table.Normalise(table.ReachedOhms[k]);
            return new ProgrammingSample(DirectionNames.Potentiation, count, d.Level, (double)d.Level / (count - 1), reached, table.Normalise(d.ReadbackOhms!.Value), i + 1);
        }).ToList();
        // A deployment programs levels as often as the network has weights there: the outermost levels of a layer's range
        // hold a handful of weights, so a level may borrow from any distance until its pool is large enough.
        var deployOptions = options with { MaximumBorrowDistance = Math.Max(options.MaximumBorrowDistance, count) };
        var model = ErrorModelFitter.Fit(samples, count, DirectionNames.Potentiation, CalibrationFolder.ReadCalibrationId(calibrationDirectory), deployOptions)
            .WithProvenance(ErrorModelCalibrationMatch.WindowOhm(table), $"deploy-readback: {read.Count} devices of {Path.GetFileName(journalPath)}");
        model.Save(outPath);
        return (model, ErrorModelPlots.Write(model, outPath, plotSeed, samples));
    }

    private static int CalibratedLevel(CalibrationLevels table, double targetOhms, string journalPath, string calibrationDirectory)
    {
        int best = 0;
        for (int k = 1; k < table.Levels; k++)
        {
            if (Math.Abs(table.ReachedOhms[k] - targetOhms) < Math.Abs(table.ReachedOhms[best] - targetOhms))
            {
                best = k;
            }
        }

        // The journal stores the calibrated level's reached resistance itself; anything else is another calibration.
        return Math.Abs(table.ReachedOhms[best] - targetOhms) <= 1e-6 * targetOhms
            ? best
            : throw new EdgeException(ExitCode.BadInput, $"{journalPath}: a device's target {targetOhms} ohm is no reached level of the {table.Levels}-level table of {calibrationDirectory}; give the calibration the deployment used (--calibration) and its level count (--levels).");
    }
}
