// SPDX-License-Identifier: MIT
using System.Diagnostics;
using Edge.Analog.ErrorModel;
using Edge.Analog.Formats;
using Edge.Analog.Plan;
using Edge.Host.Calibration.Run;
using Edge.Host.Deploy;
using Edge.Host.ErrorModel;
using Edge.Host.Link;

namespace Edge.Host.Bench;

/// <summary>
/// Does the simulator predict the array? For every case and bit count: simulate the weight transfer with the
/// calibration's array error model (trial mean and spread), deploy the same trained weights to a virtual array of the
/// calibrated device with <see cref="DeployWorkflow.Run"/> and evaluate what it reads back; optionally also simulate
/// with a model fitted from the calibrated cell's own ladder samples (no cell-to-cell spread) for comparison.
/// </summary>
public static class TwinBenchmark
{
    /// <summary>Runs every case; writes twin.json and twin.csv (and each step's own outputs) under the output folder.</summary>
    /// <param name="settings">Cases, calibration and output folder.</param>
    /// <param name="simulator">The simulator (trains, simulates, plans deployments).</param>
    /// <param name="boards">Virtual boards of the calibrated device (the default calibration is made with them too).</param>
    /// <param name="log">Progress lines.</param>
    /// <param name="cancel">Stops between deployment batches.</param>
    public static TwinReport Run(TwinSettings settings, INetworkSimulator simulator, IBoardFactory boards, TextWriter log, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(simulator);
        ArgumentNullException.ThrowIfNull(boards);
        ArgumentNullException.ThrowIfNull(log);
        var wall = Stopwatch.StartNew();
        string calibration = settings.CalibrationDirectory ?? DefaultCalibration.GetOrCreate(log, boards);
        var array = CalibratedDefaultErrorModelSource.GetIn(calibration, settings.Levels, log);
        string arrayPath = CalibratedDefaultErrorModelSource.PathIn(calibration, settings.Levels);
        string singlePath = Path.Combine(calibration, $"error-model-{settings.Levels}-single-cell.json");
        var single = settings.SingleCell ? SingleCellModel(calibration, settings.Levels, singlePath, log) : null;
        var rows = new List<TwinRow>();
        foreach (var run in settings.Cases)
        {
            string folder = Path.Combine(settings.OutputDirectory, $"{run.Model}-{run.Dataset.Replace(':', '_').Replace('/', '_')}");
            log.WriteLine($"{run.Model} on {run.Dataset}: simulating bits {string.Join(',', run.Bits)} with the array model ({run.Trials} trials)");
            var simulated = simulator.Simulate(run, array, $"file:{arrayPath}", settings.WeightsPath, Path.Combine(folder, "simulate"));
            if (single is not null)
            {
                log.WriteLine($"{run.Model} on {run.Dataset}: simulating the same weights with the single-cell model");
            }

            var singleCell = single is null ? null : simulator.Simulate(run, single, $"file:{singlePath}", simulated.WeightsPath, Path.Combine(folder, "simulate-single-cell"));
            foreach (int bits in run.Bits)
            {
                cancel.ThrowIfCancellationRequested();
                log.WriteLine($"{run.Model} on {run.Dataset}: deploying at {bits} bits ({settings.Scheme})");
                string deployFolder = Path.Combine(folder, $"deploy-{bits}bits");
                var request = new DeployRequest
                {
                    CalibrationDirectory = calibration,
                    ErrorModelPath = arrayPath,
                    Bits = bits,
                    Scheme = settings.Scheme,
                    JournalPath = FreshJournal(deployFolder),
                    OutputDirectory = deployFolder,
                    Seed = run.Seed,
                    VirtualBoard = true,
                };
                var deployed = DeployWorkflow.Run(request, (calibrated, b) => simulator.Prepare(run, simulated.WeightsPath, calibrated, b), cells => Connect(boards, cells, run.Seed), log, cancel);
                rows.Add(TwinRow.From(run, bits, simulated, singleCell, deployed));
            }
        }

        var report = new TwinReport
        {
            Calibration = calibration,
            ErrorModel = arrayPath,
            ErrorModelSamples = array.SampleSource,
            SingleCellErrorModel = single is null ? null : singlePath,
            Scheme = settings.Scheme,
            Rows = rows,
            SecondsWall = wall.Elapsed.TotalSeconds,
        };
        report.Write(settings.OutputDirectory);
        return report;
    }

    /// <summary>The calibration's model fitted from its single calibrated cell's ladder samples (cached beside it).</summary>
    private static ProgramErrorModel SingleCellModel(string calibration, int levels, string path, TextWriter log)
    {
        if (File.Exists(path))
        {
            return ProgramErrorModel.Load(path);
        }

        log.WriteLine($"Fitting the single-cell {levels}-level error model of {calibration} once ({path}).");
        return ErrorModelFitRun.Run(calibration, levels, DirectionNames.Potentiation, path, new ErrorModelFitOptions(), 1, singleCellLadder: true).Model;
    }

    /// <summary>The journal of one deployment of this benchmark: its own folder's, replaced on every run.</summary>
    private static string FreshJournal(string folder)
    {
        Directory.CreateDirectory(folder);
        string journal = Path.Combine(folder, "journal.sqlite");
        foreach (string file in new[] { journal, journal + "-wal", journal + "-shm" })
        {
            File.Delete(file);
        }

        return journal;
    }

    private static BoardClient Connect(IBoardFactory boards, int cells, int seed)
        => BoardClient.Connect(boards.Create(cells, unchecked((ulong)seed)).Transport, SessionOptions.InProcess);
}
