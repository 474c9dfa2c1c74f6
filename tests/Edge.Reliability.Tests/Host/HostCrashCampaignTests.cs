// SPDX-License-Identifier: MIT
using Edge.Host.Link;
using Edge.Host.TestSupport.Faults;
using Edge.Reliability.Tests.Infrastructure;
using Edge.Shared.Protocol;
using Xunit;
using Xunit.Abstractions;

namespace Edge.Reliability.Tests.Host;

/// <summary>
/// Campaign 3 (docs/reliability.md, "Host crashes"): the building block of the deployment-level crash campaign. The
/// host dies at 100+ seeded frames of a PROGRAM_LEVEL campaign (its session is abandoned mid-command, mid-job or
/// mid-record-fetch, bytes in flight stay in the pipe); a new host opens a new session on the same board, finds the
/// orphaned job (waits for it or ABORTs it, alternately) and re-sends the interrupted batch in feedforward mode.
/// </summary>
public sealed class HostCrashCampaignTests(ITestOutputHelper output)
{
    private static readonly int Cells = CampaignScale.Pick(3_000, 20_000);

    private static readonly int Crashes = CampaignScale.Pick(120, 1_000);

    [Fact]
    public void A_host_killed_at_any_frame_and_restarted_programs_no_cell_twice()
    {
        var (plan, reference) = ReachablePlan.Build(Cells, planSeed: 23, boardSeed: 5);
        var board = BoardFixture.NewBoard(Cells, seed: 5, noiseFreeReads: true);
        var transport = BoardFixture.Faulty(board, new LinkFaultOptions(), jobStepsPerPump: 500);
        var random = new Random(4242);
        var crashAt = new SortedSet<long>();
        long point = 0;
        while (crashAt.Count < Crashes)
        {
            point += random.Next(5, 30);
            crashAt.Add(point);
        }

        var runner = new LevelRunner(plan);
        ushort firstSeq = 1;
        var stats = new CrashStats();
        BoardClient client = Restart(transport, ref firstSeq, waitForOrphans: false, stats, out _);
        client.UploadTables(ReferenceTables.Image(1), 1);
        long start = transport.Counters.Frames;
        transport.FrameObserver = (_, n) =>
        {
            if (crashAt.Remove(n - start))
            {
                throw new HostCrashedException(n);
            }
        };
        for (int b = 0; b < plan.Batches.Count; b++)
        {
            int crashesBefore = stats.Crashes;
            var items = plan.Batches[b];
            client = RunThroughCrashes(client, transport, runner, items, reference, board, stats, ref firstSeq);

            // A cell resumed part-way gets a pulse bound computed from where it resumed (2 x remaining + 16), which
            // the same trajectory can exceed; the host re-sends such a cell, as the deployment journal does for a
            // failed cell with attempts left. Cells of uninterrupted batches are never re-sent.
            for (int round = 0; round < 3 && stats.Crashes > crashesBefore; round++)
            {
                var retry = items.Where(item => runner.LastStatus[item.Cell] == StatusCode.PulseCountLimit).ToArray();
                if (retry.Length == 0)
                {
                    break;
                }

                stats.Resent += retry.Length;
                client = RunThroughCrashes(client, transport, runner, retry, reference, board, stats, ref firstSeq);
            }
        }

        var check = ResumeCheck.Compare(plan, reference, board, runner, stats.Resends);
        output.WriteLine($"[{CampaignScale.Form}] host crashes: cells {plan.Included}, crashes {stats.Crashes} at seeded frames (orphaned jobs waited for {stats.Waited}, aborted {stats.Aborted}), cells re-sent after a resume-bound stop {stats.Resent}, frames {transport.Counters.Frames:N0}");
        output.WriteLine($"  cells already finished when their host died {stats.FinishedAtCrash}: extra pulses on re-send to any of them {stats.FinishedGotMore}");
        output.WriteLine($"  {check}");
        Assert.True(stats.Crashes >= 100, $"only {stats.Crashes} crashes");
        Assert.Equal(0, stats.FinishedGotMore);
        Assert.Equal(0, check.NotAtTarget);
        Assert.Equal(0, check.OverBound);
        Assert.True(check.SameLevel >= 0.99 * check.Cells, check.ToString());
        Assert.True(check.Identical >= 0.98 * check.Cells, check.ToString());
        Assert.Equal(check.Pulses, board.Analog.TotalPulses); // cells left out of the plan got none
        Assert.True(stats.FinishedAtCrash > 0);
        Assert.True(stats.Aborted > 0 && stats.Waited > 0);
        Assert.Equal(0, board.Analog.HotSwitchEvents);
    }

    /// <summary>Sends <paramref name="items"/> until one command completes, restarting the host after every crash.</summary>
    private static BoardClient RunThroughCrashes(
        BoardClient client,
        FaultInjectingTransport transport,
        LevelRunner runner,
        (int Cell, int Level)[] items,
        Edge.Hardware.Board.VirtualBoard reference,
        Edge.Hardware.Board.VirtualBoard board,
        CrashStats stats,
        ref ushort firstSeq)
    {
        bool[]? finished = null;
        long[]? snapshot = null;
        while (true)
        {
            try
            {
                runner.RunItems(client, items);
                break;
            }
            catch (HostCrashedException)
            {
                stats.Crashes++;
            }

            // Which cells of the dead host's command were already finished when it died? (Only the first crash counts:
            // a later crash during the re-send must not hide extra pulses from the first.)
            finished ??= items.Select(item => board.Analog.PulsesOn(item.Cell) == reference.Analog.PulsesOn(item.Cell)).ToArray();
            bool wait = stats.Crashes % 2 == 0;
            client = Restart(transport, ref firstSeq, wait, stats, out bool orphan);
            if (orphan)
            {
                _ = wait ? stats.Waited++ : stats.Aborted++;
            }

            foreach (var item in items)
            {
                stats.Resends[item.Cell]++;
            }

            snapshot ??= items.Select(item => board.Analog.PulsesOn(item.Cell)).ToArray();
        }

        if (finished != null)
        {
            for (int i = 0; i < items.Length; i++)
            {
                if (finished[i])
                {
                    stats.FinishedAtCrash++;
                    if (board.Analog.PulsesOn(items[i].Cell) != snapshot![i])
                    {
                        stats.FinishedGotMore++;
                    }
                }
            }
        }

        return client;
    }

    /// <summary>A new host process: new session, past seqs; an orphaned job is waited for or aborted.</summary>
    private static BoardClient Restart(FaultInjectingTransport transport, ref ushort firstSeq, bool waitForOrphans, CrashStats stats, out bool orphan)
    {
        orphan = false;
        while (true)
        {
            firstSeq = (ushort)((firstSeq + 1000) % 60000 + 1);
            var client = new BoardClient(new BoardSession(transport, BoardFixture.LossyOptions, firstSeq));
            try
            {
                client.Session.Connect();
                var status = client.Status();
                orphan = status.JobStatus == StatusCode.Running;
                while (status.JobStatus == StatusCode.Running)
                {
                    status = waitForOrphans ? client.Status() : client.Abort();
                }

                return client;
            }
            catch (HostCrashedException)
            {
                stats.Crashes++; // died again while starting up
            }
        }
    }

    private sealed class CrashStats
    {
        public int Crashes { get; set; }

        public int Waited { get; set; }

        public int Aborted { get; set; }

        public int Resent { get; set; }

        public int FinishedAtCrash { get; set; }

        public int FinishedGotMore { get; set; }

        public int[] Resends { get; } = new int[Cells];
    }

    private sealed class HostCrashedException(long frame) : Exception($"host killed at frame {frame}");
}
