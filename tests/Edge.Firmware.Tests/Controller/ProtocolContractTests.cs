// SPDX-License-Identifier: MIT
using Edge.Firmware.Tests.Fakes;
using Edge.Shared.Formats;
using Edge.Shared.Protocol;
using Edge.Shared.Protocol.Messages;
using Xunit;
using static Edge.Firmware.Tests.Controller.BoardControllerTests;

namespace Edge.Firmware.Tests.Controller;

/// <summary>The answers docs/protocol.md gives a client writer, each held to the board.</summary>
public sealed class ProtocolContractTests
{
    [Fact]
    public void Hello_before_the_host_knows_a_session_carries_session_0_and_the_reply_carries_the_boards()
    {
        var h = new ControllerHarness { Session = 0 };
        var (header, _) = h.Send(MessageType.Hello, new byte[4]);
        Assert.Equal(StatusCode.Ok, header.Status);
        Assert.Equal(0x1234, header.Session);
        Assert.Equal(StatusCode.SessionMismatch, h.Send(MessageType.Status, []).Header.Status);
    }

    [Fact]
    public void Hello_of_another_version_gets_version_mismatch_with_the_full_identity_other_commands_an_empty_nack()
    {
        var h = new ControllerHarness();
        h.Link.ClearFromBoard();
        ushort hello = h.Queue(MessageType.Hello, new byte[7], version: 2);
        h.Controller.Poll(0);
        var (header, payload) = h.FindReply(hello);
        Assert.Equal(StatusCode.VersionMismatch, header.Status);
        Assert.True(header.Has(MessageFlags.Nack));
        Assert.Equal(FrameHeader.ProtocolVersion, header.Version);
        Assert.True(HelloReply.TryRead(new PayloadReader(payload, 0, payload.Length), out var identity));
        Assert.Equal(0xB0A2Du, identity.BoardId);

        h.Link.ClearFromBoard();
        ushort status = h.Queue(MessageType.Status, [], version: 2);
        h.Controller.Poll(0);
        var refused = h.FindReply(status);
        Assert.Equal(StatusCode.VersionMismatch, refused.Header.Status);
        Assert.Empty(refused.Payload);
    }

    [Fact]
    public void Feedforward_done_means_the_last_read_reached_the_stop_threshold_and_may_lie_one_pulse_past_the_band()
    {
        var h = new ControllerHarness();
        Upload(h, SampleTables.Set(1));
        h.Analog.OhmsPerVolt = 3; // 6 ohm a pulse at 2 V against a calibrated 0.2 ohm: one pulse jumps the band
        var start = h.Send(MessageType.ProgramLevel, ProgramLevelPayload(Direction.Potentiation, ProgramLevelRequest.ModeFeedforward, 4, 0, 1));
        h.Controller.Poll(1000);
        var record = Records(h, start.Header.Ack, 0, 1)[0];

        // Target 870 ohm, half the mean step 0.1 ohm: 880 -> 874 (not yet) -> 868 (reached, 2 ohm past the band).
        Assert.Equal(StatusCode.Ok, record.Status);
        Assert.Equal(2, record.Pulses);
        Assert.InRange(record.ResistanceMilliohms, 867_900u, 868_100u);
        Assert.True(record.ResistanceMilliohms <= 870_000 + 100);
    }

    [Fact]
    public void A_corrupt_frame_gets_no_reply_and_is_counted_in_status()
    {
        var h = new ControllerHarness();
        Assert.Equal(0, Status(h).RejectedFrames);
        var codec = new FrameCodec();
        var wire = new byte[FrameCodec.MaxWireLength];
        int n = codec.Encode(new FrameHeader { Version = 1, Type = MessageType.Pulse, Flags = MessageFlags.AckRequest, Seq = 9, Session = h.Session }, PulsePayload(0, 2000, 800_000), 0, PulseRequest.Length, wire, 0);
        wire[5] ^= 0x10;
        h.Link.ClearFromBoard();
        h.Link.Send(wire, n);
        h.Controller.Poll(0);
        Assert.Equal(0, h.Link.FromBoardLength);
        Assert.Equal(0, h.Analog.PulsesPerCell[0]);
        Assert.Equal(1, Status(h).RejectedFrames);
    }

    [Fact]
    public void The_board_boots_in_safe_leaves_it_on_an_accepted_array_command_and_an_abort_is_not_a_fault()
    {
        var h = new ControllerHarness();
        Assert.Equal(BoardState.Safe, Status(h).State);
        Assert.Equal(BoardState.Safe, Status(h).State); // STATUS alone does not leave SAFE
        h.Send(MessageType.Read, ReadPayload(0, 1));
        Assert.Equal(BoardState.Idle, Status(h).State);

        h.Send(MessageType.Sweep, SweepPayload(0, 1500, 100));
        Assert.Equal(BoardState.Running, Status(h).State);
        h.Send(MessageType.Abort, []);
        var aborted = Status(h);
        Assert.Equal(BoardState.Safe, aborted.State);
        Assert.Equal(StatusCode.Aborted, aborted.JobStatus);
        Assert.Equal(StatusCode.Ok, aborted.LastFault);

        h.Send(MessageType.Sweep, SweepPayload(0, 1500, 100));
        h.LinkClock.NowMs += HardLimits.HeartbeatTimeoutMs + 1;
        h.Controller.Poll(10);
        Assert.Equal(StatusCode.HeartbeatLost, Status(h).LastFault);
    }

    [Fact]
    public void Table_begin_length_and_crc_cover_the_whole_image_header_included()
    {
        var h = new ControllerHarness();
        byte[] image = TableSetCodec.Serialize(SampleTables.Set(1));
        uint payloadOnlyCrc = Crc32.Compute(image, TableHeader.Length, image.Length - TableHeader.Length);
        Assert.Equal(StatusCode.TableBadCrc, UploadRaw(h, image, (uint)image.Length, payloadOnlyCrc, 1));
        Assert.Equal(StatusCode.TableSequence, UploadRaw(h, image, (uint)(image.Length - TableHeader.Length), Crc32.Compute(image, 0, image.Length), 1));
        Assert.Equal(StatusCode.Ok, UploadRaw(h, image, (uint)image.Length, Crc32.Compute(image, 0, image.Length), 1));
        Assert.Equal(1u, h.Tables.Generation);
    }

    [Fact]
    public void Table_begin_generation_must_equal_the_image_header_generation()
    {
        var h = new ControllerHarness();
        Upload(h, SampleTables.Set(1));
        byte[] image = TableSetCodec.Serialize(SampleTables.Set(3));
        Assert.Equal(StatusCode.TableValueOutOfRange, UploadRaw(h, image, (uint)image.Length, Crc32.Compute(image, 0, image.Length), 2));
        Assert.Equal(1u, h.Tables.Generation);
        Assert.Equal(StatusCode.TableValueOutOfRange, BeginOnly(h, image, 1));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(-1)]
    public void The_smallest_write_voltage_is_1_mv(int millivolts)
    {
        var h = new ControllerHarness();
        Assert.Equal(StatusCode.Ok, h.Send(MessageType.Pulse, PulsePayload(0, millivolts, 800_000)).Header.Status);
        Assert.Equal(1, h.Analog.PulsesPerCell[0]);
        Assert.Equal(1, HardLimits.MinWriteMillivolts);
    }

    [Fact]
    public void Hello_clears_the_reply_cache_so_a_reused_seq_runs_again()
    {
        var h = new ControllerHarness();
        var first = h.Send(MessageType.Pulse, PulsePayload(1, 2000, 800_000));
        h.Send(MessageType.Hello, new byte[4]);
        h.Send(MessageType.Pulse, PulsePayload(1, 2000, 800_000), retrySeq: first.Header.Ack);
        Assert.Equal(2, h.Analog.PulsesPerCell[1]);
    }

    [Fact]
    public void Job_records_from_the_count_are_an_empty_ack_and_past_it_not_available()
    {
        var h = new ControllerHarness();
        var start = h.Send(MessageType.Sweep, SweepPayload(0, 1500, 5));
        h.Controller.Poll(100);
        Assert.Empty(Records(h, start.Header.Ack, 5, 17));
        var payload = new byte[JobRecordsRequest.Length];
        new JobRecordsRequest { JobId = start.Header.Ack, FirstIndex = 6, MaxCount = 17 }.Write(new PayloadWriter(payload));
        Assert.Equal(StatusCode.NotAvailable, h.Send(MessageType.JobRecords, payload).Header.Status);
    }

    private static StatusCode BeginOnly(ControllerHarness h, byte[] image, uint generation)
    {
        var begin = new byte[TableBeginRequest.Length];
        new TableBeginRequest { ImageLength = (uint)image.Length, ImageCrc = Crc32.Compute(image, 0, image.Length), Generation = generation }.Write(new PayloadWriter(begin));
        return h.Send(MessageType.TableBegin, begin).Header.Status;
    }

    private static StatusCode UploadRaw(ControllerHarness h, byte[] image, uint length, uint crc, uint generation)
    {
        var begin = new byte[TableBeginRequest.Length];
        new TableBeginRequest { ImageLength = length, ImageCrc = crc, Generation = generation }.Write(new PayloadWriter(begin));
        Assert.Equal(StatusCode.Ok, h.Send(MessageType.TableBegin, begin).Header.Status);
        StatusCode chunks = SendChunks(h, image);
        return chunks != StatusCode.Ok ? chunks : h.Send(MessageType.TableEnd, []).Header.Status;
    }
}
