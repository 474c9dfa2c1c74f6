// SPDX-License-Identifier: MIT
using System.Diagnostics;
using Edge.Hardware.Board;
using Edge.Host.Link;
using Edge.Host.TestSupport.Faults;
using Edge.Reliability.Tests.Infrastructure;
using Edge.Shared.Protocol;
using Xunit;
using Xunit.Abstractions;

namespace Edge.Reliability.Tests.Link;

/// <summary>
/// Campaign 1 (docs/reliability.md, "Lossy link"): a table upload and a 10,000-cell PROGRAM_LEVEL campaign through a
/// seeded fault injector, compared cell by cell with a fault-free run of the same board seed. The board executes each
/// command exactly once (reply cache per seq), so the two runs must apply the same pulses to every cell and leave
/// every cell at the same resistance: a lost command would show as missing pulses, a command executed twice as extra.
/// </summary>
public sealed class LossyLinkCampaignTests(ITestOutputHelper output)
{
    private const ulong BoardSeed = 20240611;

    // The board runs this many pulses per host read, so a batch spans several STATUS polls and stream frames interleave
    // with replies, as over a real cable.
    private const int JobStepsPerPump = 2000;

    private static readonly int Cells = CampaignScale.Pick(10_000, 60_000);

    private static readonly Lazy<Reference> FaultFree = new(() => Run(new LinkFaultOptions { Seed = 1 }, enabled: false));

    public static TheoryData<string, double, double, double, double, int> Links => new()
    {
        { "drop 10 %", 0.10, 0, 0, 0, 0 },
        { "drop 30 %", 0.30, 0, 0, 0, 0 },
        { "duplicate 5 %, reorder 1 %", 0, 0.05, 0.01, 0, 0 },
        { "bit flips in 5 % of frames", 0, 0, 0, 0.05, 0 },
        { "cable pull every 150 frames", 0, 0, 0, 0, 150 },
        { "all: drop 30 %, dup 5 %, reorder 1 %, flips 5 %, pull every 150", 0.30, 0.05, 0.01, 0.05, 150 },
    };

    [Theory]
    [MemberData(nameof(Links))]
    public void Every_cell_gets_exactly_the_pulses_of_a_fault_free_run(string name, double drop, double duplicate, double reorder, double flips, int pullEvery)
    {
        var faults = new LinkFaultOptions
        {
            Seed = (ulong)name.Length * 7919,
            DropRate = drop,
            DuplicateRate = duplicate,
            ReorderRate = reorder,
            BitFlipRate = flips,
            CablePullEveryFrames = pullEvery,
        };
        var reference = FaultFree.Value;
        var run = Run(faults, enabled: true);

        Assert.Equal(run.ImageCrc, run.BoardTableCrc);
        int lost = 0;
        int twice = 0;
        for (int cell = 0; cell < Cells; cell++)
        {
            long board = run.Board.Analog.PulsesOn(cell);
            Assert.Equal(board, run.Runner.ReportedPulses[cell]);
            if (board < reference.Board.Analog.PulsesOn(cell))
            {
                lost++;
            }
            else if (board > reference.Board.Analog.PulsesOn(cell))
            {
                twice++;
            }

            Assert.Equal(reference.Board.Cells[cell].ResistanceOhms, run.Board.Cells[cell].ResistanceOhms);
        }

        output.WriteLine($"[{CampaignScale.Form}] {name}: cells {Cells}, pulses {run.Board.Analog.TotalPulses:N0} (reference {reference.Board.Analog.TotalPulses:N0}), cells with pulses lost {lost}, with extra pulses {twice}");
        output.WriteLine($"  link: {run.Faults.Counters}");
        output.WriteLine($"  host: commands {run.Commands:N0}, retransmissions {run.Retransmissions:N0}, corrupt frames rejected by host {run.HostRejected:N0}, by board {run.BoardRejected:N0}");
        output.WriteLine($"  throughput: {Cells / run.Seconds:N0} cells/s, {run.Faults.Counters.Frames / run.Seconds:N0} frames/s over {run.Seconds:F1} s (fault-free: {Cells / reference.Seconds:N0} cells/s)");
        Assert.Equal(0, lost);
        Assert.Equal(0, twice);
        Assert.True(run.Faults.Counters.Dropped + run.Faults.Counters.Corrupted + run.Faults.Counters.CablePulls + run.Faults.Counters.Duplicated > 0);
        Assert.Equal(drop > 0, run.Faults.Counters.Dropped > 0);
        Assert.Equal(flips > 0, run.Faults.Counters.Corrupted > 0);
        Assert.Equal(pullEvery > 0, run.Faults.Counters.CablePulls > 0);
        Assert.Equal(duplicate > 0, run.Faults.Counters.Duplicated > 0);
        Assert.True(run.Board.Analog.MaxAppliedWriteVolts <= 7.0);
        Assert.Equal(0, run.Board.Analog.HotSwitchEvents);
    }

    private static Reference Run(LinkFaultOptions faults, bool enabled)
    {
        var board = BoardFixture.NewBoard(Cells, BoardSeed);
        var transport = BoardFixture.Faulty(board, faults, JobStepsPerPump);
        transport.Enabled = enabled;
        using var client = BoardFixture.Connect(transport);
        var clock = Stopwatch.StartNew();
        byte[] image = ReferenceTables.Image(1);
        client.UploadTables(image, 1);
        uint boardCrc = client.TableInfo().Crc;
        var plan = new LevelPlan(Cells, BoardSeed);
        var runner = new LevelRunner(plan);
        runner.Run(client);
        return new Reference(
            board,
            transport,
            runner,
            Crc32.Compute(image, 0, image.Length),
            boardCrc,
            client.Session.CommandsSent,
            client.Session.Retransmissions,
            client.Session.Decoder.RejectedCrc + client.Session.Decoder.RejectedCobs + client.Session.Decoder.RejectedLength,
            board.Controller.Decoder.RejectedCrc + board.Controller.Decoder.RejectedCobs + board.Controller.Decoder.RejectedLength,
            clock.Elapsed.TotalSeconds);
    }

    private sealed record Reference(
        VirtualBoard Board,
        FaultInjectingTransport Faults,
        LevelRunner Runner,
        uint ImageCrc,
        uint BoardTableCrc,
        long Commands,
        long Retransmissions,
        long HostRejected,
        long BoardRejected,
        double Seconds);
}
