// SPDX-License-Identifier: MIT
using Edge.Hardware.Board;
using Edge.Host.Link;
using Edge.Host.TestSupport.Faults;
using Edge.Reliability.Tests.Infrastructure;
using Edge.Shared.Protocol;
using Xunit;
using Xunit.Abstractions;

namespace Edge.Reliability.Tests.Board;

/// <summary>
/// Campaign 2a (docs/reliability.md, "Board reboots"): the virtual board power-cycles at seeded frames during table
/// uploads and during a PROGRAM_LEVEL campaign; the host notices the new session id, reconnects and re-sends the
/// interrupted step.
/// </summary>
public sealed class RebootCampaignTests(ITestOutputHelper output)
{
    private static readonly int Cells = CampaignScale.Pick(4_000, 20_000);

    [Fact]
    public void A_reboot_at_any_frame_of_a_table_upload_leaves_the_old_or_the_new_table_and_a_retry_installs_the_new()
    {
        byte[] oldImage = ReferenceTables.Image(1);
        byte[] newImage = ReferenceTables.Image(2);
        uint oldCrc = Crc32.Compute(oldImage, 0, oldImage.Length);
        uint newCrc = Crc32.Compute(newImage, 0, newImage.Length);
        int uploadFrames = CountUploadFrames(oldImage, newImage);
        int sawOld = 0;
        int sawNew = 0;
        long retryFrames = 0;
        long fullUploadFrames = 0;
        long worstExtra = 0;
        for (int at = 1; at <= uploadFrames; at++)
        {
            var board = BoardFixture.NewBoard(4);
            var transport = BoardFixture.Faulty(board, new LinkFaultOptions());
            using var host = new ResilientHost(transport);
            host.Run(c => c.UploadTables(oldImage, 1));
            long start = transport.Counters.Frames;
            int rebootAt = at;
            transport.FrameObserver = (_, n) =>
            {
                if (n - start == rebootAt)
                {
                    board.Reboot();
                }
            };

            // The first attempt is cut by the reboot (or finishes first when the reboot hits its last frames).
            int rebootsBefore = host.RebootsSeen;
            try
            {
                host.Client.UploadTables(newImage, 2);
            }
            catch (BoardRebootedException)
            {
            }

            transport.FrameObserver = null;
            var afterCut = host.Run(c => c.TableInfo());
            Assert.True(afterCut.Valid);
            Assert.InRange(afterCut.Generation, 1u, 2u);
            Assert.Equal(afterCut.Generation == 1 ? oldCrc : newCrc, afterCut.Crc);
            if (afterCut.Generation == 1)
            {
                sawOld++;
                long before = transport.Counters.Frames;
                host.Run(c => c.UploadTables(newImage, 2));
                long frames = transport.Counters.Frames - before;
                retryFrames += frames;
                fullUploadFrames += uploadFrames;

                // What was left of the upload when the board went down (frames of the first attempt not yet sent),
                // plus the chunk in flight that the journal may not have recorded yet (2 frames).
                worstExtra = Math.Max(worstExtra, frames - (uploadFrames - at));
            }
            else
            {
                sawNew++;
            }

            var final = host.Run(c => c.TableInfo());
            Assert.Equal(2u, final.Generation);
            Assert.Equal(newCrc, final.Crc);
            Assert.Equal(2, board.Boots);
        }

        output.WriteLine($"table upload: {oldImage.Length} B image, {uploadFrames} frames per upload, one reboot at each frame: old table kept {sawOld}, new table already committed {sawNew}, invalid 0; every retry installed generation 2");
        output.WriteLine($"  resumed uploads: the {sawOld} retries took {retryFrames:N0} frames where full re-uploads take {fullUploadFrames:N0} ({100.0 * retryFrames / fullUploadFrames:F1} %); largest excess over what was left of the cut upload {worstExtra} frames");
        Assert.Equal(uploadFrames, sawOld + sawNew);
        Assert.True(sawOld > uploadFrames / 2);
        Assert.True(retryFrames < 0.65 * fullUploadFrames, "a retry after a reboot must resume, not start over");
        Assert.True(worstExtra <= 8, $"a resumed upload re-sent {worstExtra} frames more than were left");
    }

    [Theory]
    [InlineData(37)]
    [InlineData(101)]
    public void Reboots_every_k_frames_during_program_level_reach_the_uninterrupted_levels_within_the_pulse_bound(int everyFrames)
    {
        // Noise-free reads make the feedforward loop a function of each cell's state alone, so "equal to the
        // uninterrupted run" can be checked exactly, pulse by pulse (docs/reliability.md explains the check).
        var (plan, reference) = ReachablePlan.Build(Cells, planSeed: 11, boardSeed: 3);
        var board = BoardFixture.NewBoard(Cells, seed: 3, noiseFreeReads: true);
        var transport = BoardFixture.Faulty(board, new LinkFaultOptions(), jobStepsPerPump: 500);
        using var host = new ResilientHost(transport);
        host.Run(c => c.UploadTables(ReferenceTables.Image(1), 1));
        long start = transport.Counters.Frames;
        transport.FrameObserver = (_, n) =>
        {
            if ((n - start) % everyFrames == 0)
            {
                board.Reboot();
            }
        };
        var runner = new LevelRunner(plan);
        int resent = 0;
        int retried = 0;
        var resends = new int[Cells];
        for (int b = 0; b < plan.Batches.Count; b++)
        {
            int batch = b;
            int attempts = 0;
            host.Run(c =>
            {
                attempts++;
                runner.RunBatch(c, batch);
                return 0;
            });
            resent += attempts - 1;
            foreach (var (cell, _) in plan.Batches[batch])
            {
                resends[cell] += attempts - 1;
            }

            // A cell resumed part-way may stop at the fresh per-command bound (counted from where it resumed); the host
            // re-sends such cells, as the deployment journal does for failed cells with attempts left.
            for (int round = 0; round < 3 && attempts > 1; round++)
            {
                var retry = plan.Batches[batch].Where(item => runner.LastStatus[item.Cell] == StatusCode.PulseCountLimit).ToArray();
                if (retry.Length == 0)
                {
                    break;
                }

                foreach (var (cell, _) in retry)
                {
                    resends[cell]++;
                }

                retried += retry.Length;
                host.Run(c =>
                {
                    runner.RunItems(c, retry);
                    return 0;
                });
            }
        }

        transport.FrameObserver = null;
        var check = ResumeCheck.Compare(plan, reference, board, runner, resends);
        var (commands, retransmissions) = host.Totals();
        output.WriteLine($"[{CampaignScale.Form}] PROGRAM_LEVEL, reboot every {everyFrames} frames: cells {plan.Included} (of {Cells}; the rest cannot reach their level within one command's pulse bound), boots {board.Boots}, reboots seen by host {host.RebootsSeen}, batches re-sent {resent}, cells re-sent after a resume-bound stop {retried}, commands {commands}, retransmissions {retransmissions}");
        output.WriteLine($"  {check}");
        Assert.Equal(0, check.NotAtTarget);
        Assert.Equal(0, check.OverBound);
        Assert.True(check.SameLevel >= 0.99 * check.Cells, check.ToString());
        Assert.True(check.Identical >= 0.98 * check.Cells, check.ToString());
        Assert.Equal(check.Pulses, board.Analog.TotalPulses); // cells left out of the plan got none
        Assert.True(board.Boots > 10);
        Assert.True(resent > 0);
        Assert.True(board.Analog.MaxAppliedWriteVolts <= 7.0);
        Assert.Equal(0, board.Analog.HotSwitchEvents);
    }

    private static int CountUploadFrames(byte[] oldImage, byte[] newImage)
    {
        var board = BoardFixture.NewBoard(4);
        var transport = BoardFixture.Faulty(board, new LinkFaultOptions());
        using var client = BoardFixture.Connect(transport);
        client.UploadTables(oldImage, 1);
        long before = transport.Counters.Frames;
        client.UploadTables(newImage, 2);
        return (int)(transport.Counters.Frames - before);
    }
}
