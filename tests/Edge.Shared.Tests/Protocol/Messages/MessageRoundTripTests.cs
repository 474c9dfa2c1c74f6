// SPDX-License-Identifier: MIT
using CsCheck;
using Edge.Shared.Formats;
using Edge.Shared.Protocol;
using Edge.Shared.Protocol.Messages;
using Xunit;

namespace Edge.Shared.Tests.Protocol.Messages;

public class MessageRoundTripTests
{
    private delegate bool TryRead<T>(PayloadReader reader, out T message);

    private static readonly Gen<ushort> U16 = Gen.UShort;
    private static readonly Gen<uint> U32 = Gen.UInt;

    [Fact]
    public void FfpRunRequest_round_trips_and_rejects_wrong_lengths()
    {
        Gen.Select(Gen.OneOf(Direction.Potentiation, Direction.Depression), U16, U16)
            .Select(t => new FfpRunRequest { Direction = t.Item1, Cell = t.Item2, MaxPulses = t.Item3 })
            .Sample(m => Check(m, FfpRunRequest.Length, m.Write, FfpRunRequest.TryRead));
    }

    [Fact]
    public void SweepRequest_round_trips_and_rejects_wrong_lengths()
    {
        Gen.Select(U16, Gen.Short, U32, U16)
            .Select(t => new SweepRequest { Cell = t.Item1, Millivolts = t.Item2, WidthMicroseconds = t.Item3, Pulses = t.Item4 })
            .Sample(m => Check(m, SweepRequest.Length, m.Write, SweepRequest.TryRead));
    }

    [Fact]
    public void PulseRequest_round_trips_and_rejects_wrong_lengths()
    {
        Gen.Select(U16, Gen.Short, U32, Gen.Bool)
            .Select(t => new PulseRequest { Cell = t.Item1, Millivolts = t.Item2, WidthMicroseconds = t.Item3, ReadAfter = t.Item4 })
            .Sample(m => Check(m, PulseRequest.Length, m.Write, PulseRequest.TryRead));
    }

    [Fact]
    public void JobRecordsRequest_round_trips_and_rejects_wrong_lengths()
    {
        Gen.Select(U16, U16, Gen.Byte)
            .Select(t => new JobRecordsRequest { JobId = t.Item1, FirstIndex = t.Item2, MaxCount = t.Item3 })
            .Sample(m => Check(m, JobRecordsRequest.Length, m.Write, JobRecordsRequest.TryRead));
    }

    [Fact]
    public void TableBeginRequest_round_trips_and_rejects_wrong_lengths()
    {
        Gen.Select(U32, U32, U32)
            .Select(t => new TableBeginRequest { ImageLength = t.Item1, ImageCrc = t.Item2, Generation = t.Item3 })
            .Sample(m => Check(m, TableBeginRequest.Length, m.Write, TableBeginRequest.TryRead));
    }

    [Fact]
    public void HelloReply_round_trips_and_rejects_wrong_lengths()
    {
        Gen.Select(Gen.Select(Gen.Byte, U32, U32, U32, U32), Gen.Select(U16, U16, U16, U32, U32), Gen.Select(U16, Gen.Byte, U16))
            .Select(t => new HelloReply
            {
                ProtocolVersion = t.Item1.Item1,
                CatalogueHash = t.Item1.Item2,
                FirmwareBuild = t.Item1.Item3,
                BoardId = t.Item1.Item4,
                TableGeneration = t.Item1.Item5,
                CellCount = t.Item2.Item1,
                MaxWriteMillivolts = t.Item2.Item2,
                MaxReadMillivolts = t.Item2.Item3,
                MinWidthMicroseconds = t.Item2.Item4,
                MaxWidthMicroseconds = t.Item2.Item5,
                MaxPulsesPerCell = t.Item3.Item1,
                DutyCyclePercent = t.Item3.Item2,
                HeartbeatTimeoutMs = t.Item3.Item3,
            })
            .Sample(m => Check(m, HelloReply.Length, m.Write, HelloReply.TryRead));
    }

    [Fact]
    public void StatusReply_round_trips_and_rejects_wrong_lengths()
    {
        Gen.Select(Gen.Select(Gen.Byte, Gen.Byte, Gen.Byte, Gen.Byte), Gen.Select(U16, U16, U16, U16), Gen.Select(U32, U32, U32))
            .Select(t => new StatusReply
            {
                State = (BoardState)t.Item1.Item1,
                JobType = (MessageType)t.Item1.Item2,
                JobStatus = (StatusCode)t.Item1.Item3,
                LastFault = (StatusCode)t.Item1.Item4,
                JobId = t.Item2.Item1,
                Records = t.Item2.Item2,
                PlannedRecords = t.Item2.Item3,
                RejectedFrames = t.Item2.Item4,
                JobPulses = t.Item3.Item1,
                UptimeMs = t.Item3.Item2,
                TableGeneration = t.Item3.Item3,
            })
            .Sample(m => Check(m, StatusReply.Length, m.Write, StatusReply.TryRead));
    }

    [Fact]
    public void JobRecord_round_trips_and_a_short_record_sets_Failed()
    {
        Gen.Select(Gen.Select(U16, U16, Gen.Short, U16), Gen.Select(U32, Gen.Byte, Gen.Byte))
            .Select(t => new JobRecord
            {
                Index = t.Item1.Item1,
                Level = t.Item1.Item2,
                Millivolts = t.Item1.Item3,
                Pulses = t.Item1.Item4,
                ResistanceMilliohms = t.Item2.Item1,
                Status = (StatusCode)t.Item2.Item2,
                Flags = t.Item2.Item3,
            })
            .Sample(m =>
            {
                var buffer = new byte[JobRecord.Length];
                var w = new PayloadWriter(buffer);
                m.Write(w);
                Assert.Equal(JobRecord.Length, w.Length);
                Assert.False(w.Overflowed);

                var r = new PayloadReader(buffer, 0, buffer.Length);
                Assert.Equal(m, JobRecord.Read(r));
                Assert.True(r.CompletedExactly);

                var shortReader = new PayloadReader(buffer, 0, buffer.Length - 1);
                JobRecord.Read(shortReader);
                Assert.True(shortReader.Failed);
            });
    }

    [Fact]
    public void JobRecord_fields_sit_at_the_documented_offsets()
    {
        var buffer = new byte[JobRecord.Length];
        new JobRecord { Index = 0x0201, Level = 0x0403, Millivolts = -2, Pulses = 0x0605, ResistanceMilliohms = 0x0A090807, Status = StatusCode.Aborted, Flags = 0x01 }
            .Write(new PayloadWriter(buffer));
        Assert.Equal("01 02 03 04 FE FF 05 06 07 08 09 0A 15 01", Hex.Of(buffer));
    }

    [Fact]
    public void ReadRequest_writes_the_documented_layout()
    {
        var buffer = new byte[FrameCodec.MaxPayloadLength];
        var w = new PayloadWriter(buffer);
        ReadRequest.Write(w, -100, [9, 0x0102, 3], 1, 2);
        Assert.Equal("9C FF 02 02 01 03 00", Hex.Of(buffer, 0, w.Length));
    }

    [Fact]
    public void Batch_limits_keep_every_request_and_reply_within_the_payload_cap()
    {
        const int cap = FrameCodec.MaxPayloadLength;
        Assert.InRange(1 + (5 * ReadRequest.MaxCells), 0, cap);
        Assert.InRange(3 + (2 * ReadRequest.MaxCells), 0, cap);
        Assert.InRange(ProgramLevelRequest.PrefixLength + (4 * ProgramLevelRequest.MaxItems), 0, cap);
        Assert.InRange(JobRecordsRequest.ReplyPrefixLength + (JobRecord.Length * JobRecordsRequest.MaxPerFrame), 0, cap);
        Assert.True(JobRecordsRequest.ReplyPrefixLength + (JobRecord.Length * (JobRecordsRequest.MaxPerFrame + 1)) > cap, "MaxPerFrame could be larger");
        Assert.InRange(4 + TableBeginRequest.MaxChunk, 0, cap);
        Assert.InRange(TableInfoReply.PrefixLength + (3 * FormatLimits.MaxPrograms), 0, cap);
    }

    [Fact]
    public void PayloadWriter_overflows_instead_of_throwing_and_PayloadReader_fails_instead_of_throwing()
    {
        var w = new PayloadWriter(new byte[3]);
        w.U16(1);
        w.U16(2);
        Assert.True(w.Overflowed);
        Assert.Equal(2, w.Length);

        var r = new PayloadReader([1, 2, 3], 0, 3);
        Assert.Equal(0x0201, r.U16());
        Assert.Equal(0u, r.U32());
        Assert.True(r.Failed);
        Assert.Equal(0, r.U8());
        Assert.False(r.CompletedExactly);

        var skip = new PayloadReader([1, 2, 3], 0, 3);
        skip.Skip(-1);
        Assert.True(skip.Failed);
    }

    [Fact]
    public void LittleEndian_signed_values_round_trip_at_the_extremes()
    {
        var buffer = new byte[4];
        foreach (int v in new[] { int.MinValue, -1, 0, 1, int.MaxValue })
        {
            LittleEndian.WriteInt32(buffer, 0, v);
            Assert.Equal(v, LittleEndian.ReadInt32(buffer, 0));
        }

        foreach (short v in new short[] { short.MinValue, -1, 0, short.MaxValue })
        {
            LittleEndian.WriteInt16(buffer, 0, v);
            Assert.Equal(v, LittleEndian.ReadInt16(buffer, 0));
        }
    }

    /// <summary>Writes, checks the length, reads back equal, and checks one byte short and one byte long are refused.</summary>
    private static void Check<T>(T message, int length, Action<PayloadWriter> write, TryRead<T> read)
        where T : struct
    {
        var buffer = new byte[length + 1];
        var w = new PayloadWriter(buffer);
        write(w);
        Assert.False(w.Overflowed);
        Assert.Equal(length, w.Length);

        Assert.True(read(new PayloadReader(buffer, 0, length), out T parsed));
        Assert.Equal(message, parsed);
        Assert.False(read(new PayloadReader(buffer, 0, length - 1), out _));
        Assert.False(read(new PayloadReader(buffer, 0, length + 1), out _));
        Assert.False(read(new PayloadReader(buffer, 0, 0), out _));
    }
}
