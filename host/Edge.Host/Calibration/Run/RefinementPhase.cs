// SPDX-License-Identifier: MIT
using Edge.Host.Calibration.Analysis;
using Edge.Shared.Formats;

namespace Edge.Host.Calibration.Run;

/// <summary>
/// FFP table refinement from the board's own FFP runs (an Edge extension of the paper's one-shot table, see
/// docs/calibration.md): the first table comes from the saturation model fitted to the sweeps; each round uploads the
/// current table, lets the board run its FFP loop once per direction (from the initialised start), reads off where each
/// applied voltage really saturates, corrects the model's bound curve b(V) with those observations and solves the table
/// again. It stops when, in both directions, the run reached its stop bound, no judged cell crawled below the window
/// (a crawl is where the next run may stall) and at least <see cref="CalibrationSettings.RefinementInWindowFraction"/>
/// of the judged cells have their median step inside the window, or after <see cref="CalibrationSettings.RefinementRounds"/> rounds. The table stays feedforward: the board
/// still only looks the voltage up; the refinement happens once, at calibration time. One checkpoint per round.
/// </summary>
internal static class RefinementPhase
{
    /// <summary>What the refinement produced.</summary>
    public sealed record Result(FfpTableResult[] Tables, SaturationModel[] Models, List<RefinementRound> Rounds, bool Converged);

    /// <summary>The two runs of one round.</summary>
    public sealed record RoundRuns(FfpCyclePhase.Run Potentiation, FfpCyclePhase.Run Depression);

    public static double PlannedDeviceSeconds(CalibrationSettings s, double windowOhms) =>
        s.RefinementRounds * 2 * (s.InitSeconds + FfpCyclePhase.PlannedRunSeconds(s, windowOhms)) * 0.5;

    public static Result Run(CalibrationContext context, IReadOnlyList<SweepTrace> sweeps, ResistanceGrid mapGrid, FfpTableOptions options, Func<FfpTableResult[], uint> upload)
    {
        var s = context.Settings;
        var models = new[] { Direction.Potentiation, Direction.Depression }.Select(d => SaturationModel.Fit(sweeps, d)).ToArray();
        var fine = FfpTableSolver.FineGrid(mapGrid.LowOhms, mapGrid.HighOhms, s.TableCellOhms ?? options.TargetStepOhms);
        var tables = models.Select(m => FfpTableSolver.Build(m, fine, options)).ToArray();
        var rounds = new List<RefinementRound>();
        double perRound = PlannedDeviceSeconds(s, mapGrid.HighOhms - mapGrid.LowOhms) / Math.Max(1, s.RefinementRounds);
        for (int r = 0; r < s.RefinementRounds; r++)
        {
            string key = $"ffp-refine/{r}";
            if (!context.IsCheckpointed(key))
            {
                upload(tables);
            }

            var runs = context.Checkpointed(key, $"FFP table refinement round {r + 1}/{s.RefinementRounds}", perRound, () =>
            {
                context.Initialise(Direction.Potentiation);
                var potentiation = FfpCyclePhase.RunDirection(context, Direction.Potentiation);
                context.Initialise(Direction.Depression);
                return new RoundRuns(potentiation, FfpCyclePhase.RunDirection(context, Direction.Depression));
            });

            var both = new[] { runs.Potentiation, runs.Depression };
            foreach (var run in both)
            {
                FfpCyclePhase.ThrowIfTooManyPulsesNeeded(context, run);
            }

            var stats = both.Select(x => FfpRefinement.Statistics(x.Trace, mapGrid, s.WindowLowOhms, s.WindowHighOhms, x.ReachedStop)).ToArray();
            rounds.Add(new RefinementRound(r, RoundDirection.From(stats[0]), RoundDirection.From(stats[1])));
            if (stats.All(x => x.ReachedStop && x.CellsBelow == 0 && x.FractionInWindow >= s.RefinementInWindowFraction))
            {
                return new Result(tables, models, rounds, true);
            }

            for (int d = 0; d < 2; d++)
            {
                models[d] = models[d].WithObservations(FfpRefinement.Observe(both[d].Trace, models[d], fine));
            }

            tables = models.Select(m => FfpTableSolver.Build(m, fine, options)).ToArray();
        }

        return new Result(tables, models, rounds, false);
    }
}

/// <summary>One refinement round in summary.json: the FFP run of each direction with the table of that round.</summary>
public sealed record RefinementRound(int Round, RoundDirection Potentiation, RoundDirection Depression);

/// <summary>One direction of a refinement round.</summary>
/// <param name="Pulses">Pulse events of the run.</param>
/// <param name="ReachedStop">False when the loop stalled or crawled to the pulse limit.</param>
/// <param name="MedianStepOhm">Median step of the run, ohm.</param>
/// <param name="CellsJudged">Cells of the 64-cell map grid with at least 3 pulses.</param>
/// <param name="CellsInWindow">Of those, cells whose median step lies in the window.</param>
/// <param name="CellsBelow">Cells whose median step is below the window.</param>
/// <param name="CellsAbove">Cells whose median step is above the window.</param>
public sealed record RoundDirection(int Pulses, bool ReachedStop, double MedianStepOhm, int CellsJudged, int CellsInWindow, int CellsBelow, int CellsAbove)
{
    internal static RoundDirection From(FfpStepStatistics s) => new(s.Pulses, s.ReachedStop, s.MedianStepOhms, s.CellsJudged, s.CellsInWindow, s.CellsBelow, s.CellsAbove);
}
