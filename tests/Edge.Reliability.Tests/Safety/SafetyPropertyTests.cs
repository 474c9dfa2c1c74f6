// SPDX-License-Identifier: MIT
using CsCheck;
using Edge.Firmware;
using Edge.Firmware.Safety;
using Edge.Firmware.Tests.Fakes;
using Edge.Reliability.Tests.Fuzz;
using Edge.Reliability.Tests.Infrastructure;
using Edge.Shared.Protocol;
using Edge.Shared.Protocol.Messages;
using Xunit;
using Xunit.Abstractions;

namespace Edge.Reliability.Tests.Safety;

/// <summary>
/// Campaign 5 (docs/reliability.md, "Safety properties"): model-based tests of the controller. Random command
/// sequences drive it into any reachable state (idle, mid-job, mid-upload, refused, faulted); from there ABORT or a
/// heartbeat timeout must reach SAFE before the next pulse. DAC codes stay within +-7.0 V for any input, NaN and
/// infinities included; jobs that need a table never pulse without one; the virtual board's ledger never sees more
/// than 7.0 V on a cell nor a switch moved with the DAC away from 0 V.
/// </summary>
public sealed class SafetyPropertyTests(ITestOutputHelper output)
{
    private static readonly int Sequences = CampaignScale.Pick(1_000, 30_000);

    private static readonly Gen<FuzzSequence> StateReaching = Gen.Select(CommandGen.Sequence(10), Gen.Bool, Gen.Int[0, 40]).Select(t =>
    {
        // Half the sequences end by starting a long job and running part of it, so "mid-job" is well covered.
        if (!t.Item2)
        {
            return t.Item1;
        }

        var sweep = new byte[10];
        var w = new PayloadWriter(sweep);
        w.U16(1);
        w.I16(2500);
        w.U32(800_000);
        w.U16(1000);
        return t.Item1 with { Commands = [.. t.Item1.Commands, new FuzzCommand(MessageType.Sweep, sweep, t.Item3)] };
    });

    [Fact]
    public void Dac_codes_stay_within_the_hard_limit_for_any_double_nan_and_infinities_included()
    {
        var dac = new FakeAnalog(1);
        var map = new DacCodeMap(dac);
        double limit = HardLimits.MaxWriteMillivolts / 1000.0;
        long accepted = 0;
        long refused = 0;
        var volts = Gen.Frequency(
            (3, Gen.Double[-8, 8]),
            (1, Gen.Double),
            (1, Gen.Int[0, 7].Select(i => new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.MaxValue, double.MinValue, double.Epsilon, 7.0, -7.0 }[i])),
            (1, Gen.Double[6.9999, 7.0001]),
            (1, Gen.Double[-7.0001, -6.9999]));
        volts.Sample(
            v =>
            {
                bool ok = map.TryGetCode(v, limit, out int code);
                if (!ok)
                {
                    refused++;
                    return code == map.ZeroCode && !(double.IsFinite(v) && Math.Abs(v) <= limit - (2 * (15.0 / 65535)));
                }

                accepted++;
                return double.IsFinite(v) && Math.Abs(v) <= limit && code >= 0 && code <= 65535 && Math.Abs(map.CodeToVolts(code)) <= limit;
            },
            iter: CampaignScale.Pick(200_000, 10_000_000),
            threads: 1);
        output.WriteLine($"[{CampaignScale.Form}] DacCodeMap: {accepted + refused:N0} doubles (NaN, +-Inf, +-MaxValue, edges at +-7.0 V): accepted {accepted:N0} all within +-7.0 V, refused {refused:N0} (each non-finite or beyond the limit), codes outside the limit 0");
    }

    [Fact]
    public void From_any_reachable_state_abort_reaches_safe_before_the_next_pulse()
    {
        int midJob = 0;
        StateReaching.Sample(
            sequence =>
            {
                var h = Drive(sequence);
                midJob += h.Controller.JobRunning ? 1 : 0;
                int before = h.Analog.PulsesPerCell.Sum();
                h.Link.ClearFromBoard();
                ushort seq = h.Queue(MessageType.Abort, []);
                h.Controller.Poll(5000);
                var reply = h.FindReply(seq);
                return h.Analog.PulsesPerCell.Sum() == before
                    && reply.Header.Status == StatusCode.Ok
                    && h.Controller.State == BoardState.Safe
                    && !h.Controller.JobRunning
                    && h.Analog.Code == h.Analog.ZeroCode
                    && h.Analog.SelectedCell == -1;
            },
            iter: Sequences,
            threads: 1);
        output.WriteLine($"[{CampaignScale.Form}] ABORT: {Sequences} reachable states ({midJob} mid-job): SAFE before the next pulse in all, pulses after ABORT 0");
        Assert.True(midJob > Sequences / 4);
    }

    [Fact]
    public void From_any_reachable_state_heartbeat_loss_stops_a_job_in_safe_before_the_next_pulse()
    {
        int midJob = 0;
        StateReaching.Sample(
            sequence =>
            {
                var h = Drive(sequence);
                bool running = h.Controller.JobRunning;
                midJob += running ? 1 : 0;
                int before = h.Analog.PulsesPerCell.Sum();
                h.LinkClock.NowMs += HardLimits.HeartbeatTimeoutMs + 1;
                h.Controller.Poll(5000);
                bool safe = h.Analog.Code == h.Analog.ZeroCode && h.Analog.SelectedCell == -1 && !h.Controller.JobRunning;
                return h.Analog.PulsesPerCell.Sum() == before && safe
                    && (!running || (h.Controller.State == BoardState.Safe && h.Controller.LastFault == StatusCode.HeartbeatLost));
            },
            iter: Sequences,
            threads: 1);
        output.WriteLine($"[{CampaignScale.Form}] heartbeat loss: {Sequences} reachable states ({midJob} mid-job): every job stopped with HEARTBEAT_LOST in SAFE, pulses after the timeout 0");
        Assert.True(midJob > Sequences / 4);
    }

    [Fact]
    public void Jobs_that_need_a_table_never_pulse_without_one()
    {
        long commands = 0;
        long generated = 0;
        var tableJobs = CommandGen.CommandOf(MessageType.FfpRun, MessageType.ProgramLevel).Array[1, 10];
        tableJobs.Sample(
            sequence =>
            {
                var h = new ControllerHarness(cells: 8);
                generated++;
                foreach (var command in sequence)
                {
                    commands++;
                    if (command.Type is not (MessageType.FfpRun or MessageType.ProgramLevel))
                    {
                        return false;
                    }

                    var reply = h.Send(command.Type, command.Payload, jobSteps: 500);
                    if (reply.Header.Status == StatusCode.Ok)
                    {
                        return false;
                    }
                }

                return h.Analog.PulsesPerCell.Sum() == 0 && h.Analog.MaxCodeSeen == h.Analog.ZeroCode;
            },
            iter: Sequences,
            threads: 1);
        Assert.Equal(Sequences, generated);
        output.WriteLine($"[{CampaignScale.Form}] no table: {Sequences:N0} sequences, {commands:N0} fuzzed FFP_RUN / PROGRAM_LEVEL commands on a board without a table: accepted 0, pulses 0");
    }

    [Fact]
    public void The_virtual_board_never_applies_more_than_7_volts_nor_switches_hot_under_fuzzed_commands()
    {
        var board = BoardFixture.NewBoard(8);
        ushort session;
        using (var client = BoardFixture.Connect(new Edge.Host.Virtual.InProcessTransport(board)))
        {
            client.UploadTables(ReferenceTables.Image(1), 1);
            session = client.Session.Session;
        }

        var codec = new FrameCodec();
        var wire = new byte[FrameCodec.MaxWireLength];
        ushort seq = 30000;
        long commands = 0;
        CommandGen.Sequence(10).Sample(
            sequence =>
            {
                foreach (var command in sequence.Commands)
                {
                    var header = new FrameHeader { Version = FrameHeader.ProtocolVersion, Type = command.Type, Flags = MessageFlags.AckRequest, Seq = seq++, Session = session };
                    int n = codec.Encode(header, command.Payload, 0, command.Payload.Length, wire, 0);
                    board.ToBoard.Write(wire, 0, n);
                    board.Pump(command.JobSteps);
                    board.FromBoard.Clear();
                    commands++;
                }

                return board.Analog.MaxAppliedWriteVolts <= 7.0 && board.Analog.HotSwitchEvents == 0;
            },
            iter: CampaignScale.Pick(300, 10_000),
            threads: 1);
        output.WriteLine($"[{CampaignScale.Form}] virtual board: {commands:N0} fuzzed commands, pulses {board.Analog.TotalPulses:N0}, largest |V| on a cell {board.Analog.MaxAppliedWriteVolts:F4} V (limit 7.0), hot switch events {board.Analog.HotSwitchEvents}");
        Assert.True(board.Analog.TotalPulses > 0);
    }

    private static ControllerHarness Drive(FuzzSequence sequence)
    {
        var h = new ControllerHarness(cells: 8);
        if (sequence.WithTable)
        {
            CommandGen.InstallTable(h);
        }

        foreach (var command in sequence.Commands)
        {
            h.Send(command.Type, command.Payload, jobSteps: command.JobSteps);
        }

        return h;
    }
}
