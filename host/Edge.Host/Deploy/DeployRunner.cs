// SPDX-License-Identifier: MIT
using Edge.Analog.Errors;
using Edge.Host.Link;
using Edge.Host.Programming;
using Edge.Reports;
using Edge.Shared.Protocol.Messages;

namespace Edge.Host.Deploy;

/// <summary>
/// Programs a plan onto a board, journalled and resumable. A plan larger than the board's array is deployed tile by
/// tile: each tile's cells are initialised, programmed batch by batch, and read back into the journal; the next tile
/// then re-initialises the same cells. (On a board that holds the whole network there is one tile.) Every batch is
/// marked in flight before it is sent and finished in one transaction after; a resume first asks the scheme how an
/// in-flight batch ended (<see cref="IProgrammingScheme.Recover"/>) and re-sends it only when the board does not know,
/// which every scheme makes safe: cells already at their level get no pulse.
/// </summary>
public sealed class DeployRunner(BoardClient board, DeployJournal journal, IProgrammingScheme programmer, DeploySettings settings)
{
    /// <summary>Stage values of a tile in the journal.</summary>
    private const int Initialised = 1;
    private const int Programmed = 2;
    private const int ReadBack = 3;

    /// <summary>
    /// Sends of one device after which it is marked failed instead of sent again: each send gives the cell a fresh
    /// pulse bound, so a cell that cannot reach its level must not collect one per interruption.
    /// </summary>
    public const int MaxAttempts = 3;

    private DeviceTimeMeter? meter;

    /// <summary>Device seconds this process spent on the board (summed per command: cannot wrap with the board's 32-bit uptime).</summary>
    public double DeviceSeconds => meter?.Seconds ?? 0;

    /// <summary>Runs every unfinished tile. Throws <see cref="EdgeException"/> with a resume hint when the link or board goes away.</summary>
    public void Run(int deviceCount, CancellationToken cancel = default)
    {
        using var bar = new ProgressBar("deploy");
        meter = new DeviceTimeMeter(board);
        int tiles = journal.TileCount;
        long done = 0;
        try
        {
            for (int tile = 0; tile < tiles; tile++)
            {
                int stage = journal.TileStage(tile);
                var cells = journal.TileCells(tile);
                if (stage >= ReadBack)
                {
                    done += cells.Count;
                    continue;
                }

                if (stage < Initialised)
                {
                    if (settings.ResetBeforeProgramming)
                    {
                        Initialise(cells.Select(c => c.Cell), cancel);
                    }

                    journal.SetTileStage(tile, Initialised);
                }

                if (stage < Programmed)
                {
                    ProgramTile(tile, cells.Count, ref done, deviceCount, bar, cancel);
                    journal.SetTileStage(tile, Programmed);
                }
                else
                {
                    done += cells.Count;
                }

                ReadTile(cells);
                journal.SetTileStage(tile, ReadBack);
            }
        }
        catch (OperationCanceledException)
        {
            throw new EdgeException(ExitCode.Interrupted, $"deployment interrupted; finished batches are kept in {journal.Path}. Continue with the same command and --resume.");
        }
        catch (EdgeException ex) when (ex.ExitCode is ExitCode.LinkFailed or ExitCode.Interrupted)
        {
            journal.LogEvent("link", ex.Message);
            throw new EdgeException(ex.ExitCode, $"{ex.Message} Finished batches are kept in {journal.Path}; reconnect and run the same command with --resume.", ex);
        }
        finally
        {
            try
            {
                meter.Mark();
            }
            catch (EdgeException)
            {
                // the board is gone; device time of this process is unknown past the last batch
            }
        }
    }

    private void Initialise(IEnumerable<int> cells, CancellationToken cancel)
    {
        var all = cells.ToList();
        var reads = settings.StartStateOhms is null ? null : board.Read(all);
        for (int i = 0; i < all.Count; i++)
        {
            cancel.ThrowIfCancellationRequested();
            int cell = all[i];
            if (reads is not null && !reads[i].Saturated && reads[i].ResistanceOhms >= settings.StartStateOhms)
            {
                continue; // already at the start state
            }

            foreach (double volts in new[] { settings.InitVolts, -settings.InitVolts })
            {
                var outcome = board.Sweep(cell, volts, settings.InitWidthMs, settings.InitPulses);
                meter?.Mark();
                if (outcome.Status != Edge.Shared.Protocol.StatusCode.Ok)
                {
                    throw new EdgeException(ExitCode.BoardRefused, $"initialising cell {cell}: {StatusText.Describe(outcome.Status)}.");
                }
            }
        }
    }

    private void ProgramTile(int tile, int tileSize, ref long done, int deviceCount, ProgressBar bar, CancellationToken cancel)
    {
        var unfinished = journal.Unfinished(tile);
        done += tileSize - unfinished.Count;
        CellTarget Target((long Id, int Cell, int ProgramLevel, int? Job, int Attempts) u) => CellTarget.For(programmer.Ladder, u.Cell, u.ProgramLevel);

        // Batches a crashed host left in flight: ask the board how they ended (its state is the truth) before sending
        // anything again; a batch the board no longer knows is re-sent below (cells at their level get no pulse).
        foreach (var group in unfinished.Where(u => u.Job is not null).GroupBy(u => u.Job!.Value).ToList())
        {
            var batch = group.OrderBy(u => u.Id).ToList();
            var recovered = programmer.Recover(group.Key, batch.Select(Target).ToList());
            if (recovered is not null)
            {
                journal.MarkFinished(batch.Select((s, i) => Finished(s.Id, recovered[i])));
                journal.LogEvent("recovered", $"job {group.Key}: {batch.Count} cells finished while the host was away");
                unfinished.RemoveAll(u => u.Job == group.Key);
                done += batch.Count;
            }
        }

        var exhausted = unfinished.Where(u => u.Attempts >= MaxAttempts).ToList();
        if (exhausted.Count > 0)
        {
            journal.MarkFinished(exhausted.Select(u => (u.Id, false, 0, double.NaN)));
            journal.LogEvent("failed", $"{exhausted.Count} cells sent {MaxAttempts} times without an outcome: marked failed");
            unfinished.RemoveAll(u => u.Attempts >= MaxAttempts);
            done += exhausted.Count;
        }

        for (int start = 0; start < unfinished.Count; start += programmer.MaxBatch)
        {
            cancel.ThrowIfCancellationRequested();
            var slice = unfinished.Skip(start).Take(programmer.MaxBatch).ToList();
            journal.MarkInFlight(slice.Select(s => s.Id));
            var outcomes = programmer.Program(slice.Select(Target).ToList(), started: job => journal.SetJob(slice.Select(s => s.Id), job));
            meter?.Mark();
            journal.MarkFinished(slice.Select((s, i) => Finished(s.Id, outcomes[i])));
            done += slice.Count;
            bar.Update(done, deviceCount, "cells", $"tile {tile + 1}/{journal.TileCount}, device time {ProgressBar.FormatDuration(DeviceSeconds)}");
        }
    }

    private static (long Id, bool Ok, int Pulses, double LastOhms) Finished(long id, ProgrammingOutcome outcome) =>
        (id, outcome.Status == ProgrammingStatus.Done, outcome.Pulses, outcome.FinalOhms);

    private void ReadTile(List<(long Id, int Cell)> cells)
    {
        for (int start = 0; start < cells.Count; start += 4 * ReadRequest.MaxCells)
        {
            var slice = cells.Skip(start).Take(4 * ReadRequest.MaxCells).ToList();
            var reads = board.Read(slice.Select(c => c.Cell).ToList());
            journal.StoreReadback(slice.Select((c, i) => (c.Id, reads[i].Ohms ?? double.NaN)));
        }
    }
}
