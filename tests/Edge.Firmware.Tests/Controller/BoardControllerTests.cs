// SPDX-License-Identifier: MIT
using Edge.Firmware.Tests.Fakes;
using Edge.Shared.Formats;
using Edge.Shared.Protocol;
using Edge.Shared.Protocol.Messages;
using Xunit;

namespace Edge.Firmware.Tests.Controller;

public sealed class BoardControllerTests
{
    [Fact]
    public void Hello_reports_catalogue_hash_identity_and_hard_limits()
    {
        var h = new ControllerHarness();
        var (header, payload) = h.Send(MessageType.Hello, new byte[4]);
        Assert.True(HelloReply.TryRead(new PayloadReader(payload, 0, payload.Length), out var hello));
        Assert.Equal(StatusCode.Ok, header.Status);
        Assert.Equal(0x1234, header.Session);
        Assert.Equal(Catalogue.Hash, hello.CatalogueHash);
        Assert.Equal(0xB0A2Du, hello.BoardId);
        Assert.Equal(7000, hello.MaxWriteMillivolts);
        Assert.Equal(200, hello.MaxReadMillivolts);
        Assert.Equal(8, hello.CellCount);
        Assert.Equal(0u, hello.TableGeneration);
    }

    [Fact]
    public void Read_returns_the_cell_resistance_in_milliohms()
    {
        var h = new ControllerHarness();
        h.Analog.ResistanceOhms[3] = 812.345;
        var (header, payload) = h.Send(MessageType.Read, ReadPayload(0, 3));
        Assert.Equal(StatusCode.Ok, header.Status);
        var r = new PayloadReader(payload, 0, payload.Length);
        Assert.Equal(1, r.U8());
        Assert.Equal(0, r.U8());
        Assert.InRange(r.U32() / 1000.0, 812.3, 812.4);
    }

    [Theory]
    [InlineData(7001, 800_000u, StatusCode.WriteVoltageLimit)]
    [InlineData(-7001, 800_000u, StatusCode.WriteVoltageLimit)]
    [InlineData(0, 800_000u, StatusCode.WriteVoltageLimit)]
    [InlineData(2000, 50u, StatusCode.WidthLimit)]
    [InlineData(2000, 5_000_001u, StatusCode.WidthLimit)]
    public void Pulse_outside_the_hard_limits_is_rejected_and_never_reaches_the_dac(int millivolts, uint widthMicroseconds, StatusCode expected)
    {
        var h = new ControllerHarness();
        var (header, _) = h.Send(MessageType.Pulse, PulsePayload(0, millivolts, widthMicroseconds));
        Assert.Equal(expected, header.Status);
        Assert.True(header.Has(MessageFlags.Nack));
        Assert.Equal(0, h.Analog.PulsesPerCell[0]);
        Assert.Equal(h.Analog.ZeroCode, h.Analog.MaxCodeSeen);
        Assert.Equal(h.Analog.ZeroCode, h.Analog.MinCodeSeen);
    }

    [Fact]
    public void Read_voltage_above_the_limit_is_rejected()
    {
        var h = new ControllerHarness();
        var payload = new byte[5];
        var w = new PayloadWriter(payload);
        w.I16(201);
        w.U8(1);
        w.U16(0);
        Assert.Equal(StatusCode.ReadVoltageLimit, h.Send(MessageType.Read, payload).Header.Status);
    }

    [Fact]
    public void Pulse_within_limits_moves_the_cell_and_leaves_the_hardware_safe()
    {
        var h = new ControllerHarness();
        var (header, _) = h.Send(MessageType.Pulse, PulsePayload(2, 2000, 800_000));
        Assert.Equal(StatusCode.Ok, header.Status);
        Assert.Equal(1, h.Analog.PulsesPerCell[2]);
        Assert.Equal(880.0 - 0.2, h.Analog.ResistanceOhms[2], 4); // within the DAC LSB (0.23 mV x 0.1 ohm/V)
        Assert.Equal(h.Analog.ZeroCode, h.Analog.Code);
        Assert.Equal(-1, h.Analog.SelectedCell);
    }

    [Fact]
    public void A_retried_command_gets_the_cached_reply_and_is_not_executed_twice()
    {
        var h = new ControllerHarness();
        var first = h.Send(MessageType.Pulse, PulsePayload(1, 2000, 800_000));
        var retry = h.Send(MessageType.Pulse, PulsePayload(1, 2000, 800_000), retrySeq: first.Header.Ack);
        Assert.Equal(first.Header.Seq, retry.Header.Seq);
        Assert.Equal(first.Payload, retry.Payload);
        Assert.Equal(1, h.Analog.PulsesPerCell[1]);
    }

    [Fact]
    public void A_command_from_an_old_session_is_refused()
    {
        var h = new ControllerHarness { Session = 0x9999 };
        Assert.Equal(StatusCode.SessionMismatch, h.Send(MessageType.Pulse, PulsePayload(1, 2000, 800_000)).Header.Status);
        Assert.Equal(0, h.Analog.PulsesPerCell[1]);
    }

    [Fact]
    public void A_command_of_another_protocol_version_is_refused()
    {
        var h = new ControllerHarness();
        h.Link.ClearFromBoard();
        ushort s = h.Queue(MessageType.Status, [], version: 2);
        h.Controller.Poll(0);
        Assert.Equal(StatusCode.VersionMismatch, h.FindReply(s).Header.Status);
    }

    [Fact]
    public void Sweep_runs_as_a_job_with_one_record_per_pulse()
    {
        var h = new ControllerHarness();
        var start = h.Send(MessageType.Sweep, SweepPayload(0, 1500, 100));
        Assert.Equal(StatusCode.Ok, start.Header.Status);
        Assert.True(h.Controller.JobRunning);
        Assert.Equal(StatusCode.Busy, h.Send(MessageType.Pulse, PulsePayload(0, 2000, 800_000)).Header.Status);
        h.Controller.Poll(1000);
        Assert.False(h.Controller.JobRunning);
        Assert.Equal(100, h.Analog.PulsesPerCell[0]);
        var status = Status(h);
        Assert.Equal(StatusCode.Ok, status.JobStatus);
        Assert.Equal(100, status.Records);
        var records = Records(h, start.Header.Ack, 0, 17);
        Assert.Equal(17, records.Length);
        Assert.InRange(records[16].ResistanceMilliohms / 1000.0, 880 - (17 * 0.15) - 0.01, 880 - (17 * 0.15) + 0.01);
    }

    [Fact]
    public void Abort_stops_a_job_before_its_next_pulse_and_enters_safe()
    {
        var h = new ControllerHarness();
        var start = h.Send(MessageType.Sweep, SweepPayload(0, 1500, 500));
        h.Controller.Poll(10);
        Assert.Equal(10, h.Analog.PulsesPerCell[0]);
        h.Link.ClearFromBoard();
        h.Queue(MessageType.Abort, []);
        h.Controller.Poll(1000);
        Assert.Equal(10, h.Analog.PulsesPerCell[0]);
        Assert.False(h.Controller.JobRunning);
        Assert.Equal(BoardState.Safe, h.Controller.State);
        Assert.Equal(h.Analog.ZeroCode, h.Analog.Code);
        Assert.Equal(-1, h.Analog.SelectedCell);
        Assert.Equal(StatusCode.Aborted, Status(h).JobStatus);
        Assert.NotEqual(0, start.Header.Ack);
    }

    [Fact]
    public void Abort_arriving_between_two_pulses_of_one_poll_is_honoured_before_the_next_pulse()
    {
        var h = new ControllerHarness();
        h.Send(MessageType.Sweep, SweepPayload(0, 1500, 500));
        int pulsesAtAbort = -1;
        h.Analog.OnPulse = () =>
        {
            if (h.Analog.PulsesPerCell[0] == 5)
            {
                h.Queue(MessageType.Abort, []);
                pulsesAtAbort = 5;
            }
        };
        h.Controller.Poll(1000);
        Assert.Equal(5, pulsesAtAbort);
        Assert.Equal(5, h.Analog.PulsesPerCell[0]);
        Assert.Equal(BoardState.Safe, h.Controller.State);
    }

    [Fact]
    public void Heartbeat_loss_during_a_job_stops_it_and_enters_safe()
    {
        var h = new ControllerHarness();
        h.Send(MessageType.Sweep, SweepPayload(0, 1500, 500));
        h.Controller.Poll(3);
        h.LinkClock.NowMs += HardLimits.HeartbeatTimeoutMs + 1;
        h.Controller.Poll(100);
        Assert.Equal(3, h.Analog.PulsesPerCell[0]);
        Assert.False(h.Controller.JobRunning);
        Assert.Equal(BoardState.Safe, h.Controller.State);
        Assert.Equal(StatusCode.HeartbeatLost, h.Controller.LastFault);
    }

    [Fact]
    public void Heartbeats_keep_a_long_job_alive()
    {
        var h = new ControllerHarness();
        h.Send(MessageType.Sweep, SweepPayload(0, 1500, 50));
        for (int i = 0; i < 50; i++)
        {
            h.LinkClock.NowMs += HardLimits.HeartbeatTimeoutMs / 2;
            h.Queue(MessageType.Heartbeat, []);
            h.Controller.Poll(1);
        }

        Assert.Equal(50, h.Analog.PulsesPerCell[0]);
        Assert.Equal(StatusCode.Ok, h.Controller.LastFault);
    }

    [Fact]
    public void Ffp_run_and_program_level_are_refused_without_a_valid_table()
    {
        var h = new ControllerHarness();
        Assert.Equal(StatusCode.NoTable, h.Send(MessageType.FfpRun, FfpPayload(Direction.Potentiation, 0, 100)).Header.Status);
        var payload = ProgramLevelPayload(Direction.Potentiation, 0, 4, 0, 2);
        Assert.Equal(StatusCode.NoTable, h.Send(MessageType.ProgramLevel, payload).Header.Status);
        Assert.Equal(0, h.Analog.PulsesPerCell.Sum());
    }

    [Fact]
    public void Uploaded_table_is_committed_and_drives_the_ffp_loop_to_its_bound()
    {
        var h = new ControllerHarness();
        Upload(h, SampleTables.Set(1));
        Assert.Equal(1u, h.Tables.Generation);
        var start = h.Send(MessageType.FfpRun, FfpPayload(Direction.Potentiation, 0, 2000));
        Assert.Equal(StatusCode.Ok, start.Header.Status);
        h.Controller.Poll(5000);
        var status = Status(h);
        Assert.Equal(StatusCode.Ok, status.JobStatus);

        // 2 V x 0.1 ohm/V = 0.2 ohm per pulse from 880 to <= 740 ohm: 700 pulses, plus the final read record.
        Assert.Equal(700, h.Analog.PulsesPerCell[0]);
        Assert.Equal(701, status.Records);
        var last = Records(h, start.Header.Ack, 700, 1)[0];
        Assert.Equal(0, last.Millivolts);
        Assert.True(last.ResistanceMilliohms <= 740_000);
    }

    [Fact]
    public void Program_level_steps_from_the_level_the_cell_is_at_and_never_twice()
    {
        var h = new ControllerHarness();
        Upload(h, SampleTables.Set(1));
        var payload = ProgramLevelPayload(Direction.Potentiation, ProgramLevelRequest.ModeOpenLoop, 4, 5, 2);
        h.Send(MessageType.ProgramLevel, payload);
        h.Controller.Poll(10_000);
        Assert.Equal(100, h.Analog.PulsesPerCell[5]);

        // Re-sending the same batch (a new seq, as after a host crash) applies nothing: the cell is at level 2.
        h.Send(MessageType.ProgramLevel, payload);
        h.Controller.Poll(10_000);
        Assert.Equal(100, h.Analog.PulsesPerCell[5]);
    }

    [Fact]
    public void Feedforward_program_level_stops_when_the_read_reaches_the_target()
    {
        var h = new ControllerHarness();
        Upload(h, SampleTables.Set(1));
        var payload = ProgramLevelPayload(Direction.Potentiation, ProgramLevelRequest.ModeFeedforward, 4, 3, 3);
        var start = h.Send(MessageType.ProgramLevel, payload);
        h.Controller.Poll(10_000);

        // 2 V x 0.1 ohm/V = 0.2 ohm a pulse from 880 to <= 850 ohm: 150 pulses, and the record holds the last read.
        Assert.Equal(150, h.Analog.PulsesPerCell[3]);
        var record = Records(h, start.Header.Ack, 0, 1)[0];
        Assert.Equal(StatusCode.Ok, record.Status);
        Assert.Equal(150, record.Pulses);
        Assert.InRange(record.ResistanceMilliohms, 849_900u, 850_000u);
    }

    [Fact]
    public void Feedforward_program_level_reports_a_cell_that_cannot_reach_its_level()
    {
        var h = new ControllerHarness();
        Upload(h, SampleTables.Set(1));
        h.Analog.OhmsPerVolt = 0.01; // a tired cell: ten times smaller steps than calibrated
        var payload = ProgramLevelPayload(Direction.Potentiation, ProgramLevelRequest.ModeFeedforward, 4, 0, 1);
        var start = h.Send(MessageType.ProgramLevel, payload);
        h.Controller.Poll(10_000);
        var record = Records(h, start.Header.Ack, 0, 1)[0];
        Assert.Equal(StatusCode.PulseCountLimit, record.Status);
        Assert.Equal((2 * 50) + 64, record.Pulses);
    }

    internal static void Upload(ControllerHarness h, TableSet set)
    {
        byte[] image = TableSetCodec.Serialize(set);
        var begin = new byte[TableBeginRequest.Length];
        new TableBeginRequest { ImageLength = (uint)image.Length, ImageCrc = Crc32.Compute(image, 0, image.Length), Generation = set.Generation }.Write(new PayloadWriter(begin));
        Assert.Equal(StatusCode.Ok, h.Send(MessageType.TableBegin, begin).Header.Status);
        Assert.Equal(StatusCode.Ok, SendChunks(h, image));
        Assert.Equal(StatusCode.Ok, h.Send(MessageType.TableEnd, []).Header.Status);
    }

    /// <summary>Sends the image in 240-byte TABLE_CHUNKs; the first refusal's status, or OK.</summary>
    internal static StatusCode SendChunks(ControllerHarness h, byte[] image)
    {
        for (int offset = 0; offset < image.Length; offset += TableBeginRequest.MaxChunk)
        {
            int n = Math.Min(TableBeginRequest.MaxChunk, image.Length - offset);
            var chunk = new byte[4 + n];
            LittleEndian.WriteUInt32(chunk, 0, (uint)offset);
            Buffer.BlockCopy(image, offset, chunk, 4, n);
            StatusCode status = h.Send(MessageType.TableChunk, chunk).Header.Status;
            if (status != StatusCode.Ok)
            {
                return status;
            }
        }

        return StatusCode.Ok;
    }

    internal static StatusReply Status(ControllerHarness h)
    {
        var (_, payload) = h.Send(MessageType.Status, []);
        Assert.True(StatusReply.TryRead(new PayloadReader(payload, 0, payload.Length), out var status));
        return status;
    }

    internal static JobRecord[] Records(ControllerHarness h, int jobId, int first, int max)
    {
        var payload = new byte[JobRecordsRequest.Length];
        new JobRecordsRequest { JobId = jobId, FirstIndex = first, MaxCount = max }.Write(new PayloadWriter(payload));
        var (header, reply) = h.Send(MessageType.JobRecords, payload);
        Assert.Equal(StatusCode.Ok, header.Status);
        var r = new PayloadReader(reply, 0, reply.Length);
        r.U16();
        r.U16();
        int n = r.U8();
        return Enumerable.Range(0, n).Select(_ => JobRecord.Read(r)).ToArray();
    }

    internal static byte[] ReadPayload(int readMillivolts, params int[] cells)
    {
        var payload = new byte[3 + (2 * cells.Length)];
        ReadRequest.Write(new PayloadWriter(payload), readMillivolts, cells, 0, cells.Length);
        return payload;
    }

    internal static byte[] PulsePayload(int cell, int millivolts, uint widthMicroseconds)
    {
        var payload = new byte[PulseRequest.Length];
        new PulseRequest { Cell = cell, Millivolts = millivolts, WidthMicroseconds = widthMicroseconds, ReadAfter = true }.Write(new PayloadWriter(payload));
        return payload;
    }

    internal static byte[] SweepPayload(int cell, int millivolts, int pulses)
    {
        var payload = new byte[SweepRequest.Length];
        new SweepRequest { Cell = cell, Millivolts = millivolts, WidthMicroseconds = 2_000_000, Pulses = pulses }.Write(new PayloadWriter(payload));
        return payload;
    }

    internal static byte[] ProgramLevelPayload(Direction direction, int mode, int levels, int cell, int level)
    {
        var payload = new byte[ProgramLevelRequest.PrefixLength + 4];
        var w = new PayloadWriter(payload);
        w.U8((byte)direction);
        w.U8(mode);
        w.U16(levels);
        w.U8(1);
        w.U16(cell);
        w.U16(level);
        return payload;
    }

    internal static byte[] FfpPayload(Direction direction, int cell, int maxPulses)
    {
        var payload = new byte[FfpRunRequest.Length];
        new FfpRunRequest { Direction = direction, Cell = cell, MaxPulses = maxPulses }.Write(new PayloadWriter(payload));
        return payload;
    }
}
