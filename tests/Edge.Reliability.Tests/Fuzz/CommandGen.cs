// SPDX-License-Identifier: MIT
using CsCheck;
using Edge.Firmware.Tests.Fakes;
using Edge.Shared.Formats;
using Edge.Shared.Protocol;

namespace Edge.Reliability.Tests.Fuzz;

/// <summary>One fuzzed command: its type, payload and how many job steps the board runs after it.</summary>
public sealed record FuzzCommand(MessageType Type, byte[] Payload, int JobSteps);

/// <summary>A sequence of fuzzed commands, with or without a valid table installed first.</summary>
public sealed record FuzzSequence(bool WithTable, FuzzCommand[] Commands);

/// <summary>
/// Generators of hostile commands for the controller: every message type (and unknown ids) with payloads that are
/// random, well-formed with random field values (NaN-free integers can still be out of limits), or well-formed and
/// then mutated.
/// </summary>
public static class CommandGen
{
    private static readonly MessageType[] Known = (MessageType[])Enum.GetValues(typeof(MessageType));

    /// <summary>Types: the catalogue plus arbitrary ids.</summary>
    public static Gen<MessageType> Type { get; } = Gen.Frequency(
        (4, Gen.Int[0, Known.Length - 1].Select(i => Known[i])),
        (1, Gen.Byte.Select(b => (MessageType)b)));

    /// <summary>A command.</summary>
    public static Gen<FuzzCommand> Command { get; } = Type.SelectMany(type => CommandOf(type));

    /// <summary>
    /// A command of one of <paramref name="types"/>, generated directly (no filter, so CsCheck never runs out of
    /// candidates however many cases a campaign asks for).
    /// </summary>
    public static Gen<FuzzCommand> CommandOf(params MessageType[] types) =>
        Pick(types).SelectMany(type => Payload(type).Select(Capped).SelectMany(payload => Gen.Int[0, 300].Select(steps => new FuzzCommand(type, payload, steps))));

    /// <summary>Sequences of up to <paramref name="maxLength"/> commands.</summary>
    public static Gen<FuzzSequence> Sequence(int maxLength) =>
        Gen.Bool.SelectMany(table => Command.Array[1, maxLength].Select(commands => new FuzzSequence(table, commands)));

    /// <summary>Installs the small sample table set through the protocol (so fuzzed jobs can run).</summary>
    public static void InstallTable(ControllerHarness h)
    {
        byte[] image = TableSetCodec.Serialize(SampleTables.Set(1));
        var begin = new byte[12];
        LittleEndian.WriteUInt32(begin, 0, (uint)image.Length);
        LittleEndian.WriteUInt32(begin, 4, Crc32.Compute(image, 0, image.Length));
        LittleEndian.WriteUInt32(begin, 8, 1);
        h.Send(MessageType.TableBegin, begin);
        for (int offset = 0; offset < image.Length; offset += 240)
        {
            int n = Math.Min(240, image.Length - offset);
            var chunk = new byte[4 + n];
            LittleEndian.WriteUInt32(chunk, 0, (uint)offset);
            Buffer.BlockCopy(image, offset, chunk, 4, n);
            h.Send(MessageType.TableChunk, chunk);
        }

        if (h.Send(MessageType.TableEnd, []).Header.Status != StatusCode.Ok)
        {
            throw new InvalidOperationException("sample table refused");
        }
    }

    // A frame carries at most 256 payload bytes; a longer payload cannot be framed at all, so it is cut to the cap
    // (which also yields commands whose declared count disagrees with the bytes present).
    private static byte[] Capped(byte[] payload) => payload.Length > FrameCodec.MaxPayloadLength ? payload[..FrameCodec.MaxPayloadLength] : payload;

    private static Gen<T> Pick<T>(params T[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    private static Gen<byte[]> Payload(MessageType type) => Gen.Frequency(
        (1, Gen.Byte.Array[0, 256]),
        (3, WellFormed(type)),
        (2, WellFormed(type).SelectMany(p => Gen.Int[0, 3].SelectMany(n => Gen.Int[0, 1000].Array[n].SelectMany(at => Gen.Byte.Array[n].Select(v => Mutate(p, at, v)))))));

    private static byte[] Mutate(byte[] payload, int[] at, byte[] values)
    {
        var copy = (byte[])payload.Clone();
        for (int i = 0; i < at.Length && copy.Length > 0; i++)
        {
            copy[at[i] % copy.Length] = values[i];
        }

        return copy;
    }

    private static Gen<byte[]> WellFormed(MessageType type)
    {
        var cell = Gen.Frequency((6, Gen.Int[0, 9]), (1, Gen.Int[0, 65535]));
        var millivolts = Gen.Frequency((4, Gen.Int[-7500, 7500]), (1, Gen.Int[short.MinValue, short.MaxValue]), (1, Pick(-7001, -7000, 7000, 7001, 0, 1, -1)));
        var width = Gen.Frequency((4, Gen.UInt[500, 6_000_000]), (1, Gen.UInt), (1, Pick(999u, 1000u, 5_000_000u, 5_000_001u, 0u, uint.MaxValue)));
        switch (type)
        {
            case MessageType.Read:
                return Gen.Select(Gen.Int[-300, 300], cell.Array[1, 50]).Select(t =>
                {
                    var p = new byte[3 + (2 * t.Item2.Length)];
                    var w = new PayloadWriter(p);
                    w.I16(t.Item1);
                    w.U8(t.Item2.Length);
                    foreach (int c in t.Item2)
                    {
                        w.U16(c);
                    }

                    return p;
                });
            case MessageType.Pulse:
                return Gen.Select(cell, millivolts, width, Gen.Bool).Select(t =>
                {
                    var p = new byte[9];
                    var w = new PayloadWriter(p);
                    w.U16(t.Item1);
                    w.I16(t.Item2);
                    w.U32(t.Item3);
                    w.U8(t.Item4 ? 1 : 0);
                    return p;
                });
            case MessageType.Sweep:
                return Gen.Select(cell, millivolts, width, Gen.Int[0, 3000]).Select(t =>
                {
                    var p = new byte[10];
                    var w = new PayloadWriter(p);
                    w.U16(t.Item1);
                    w.I16(t.Item2);
                    w.U32(t.Item3);
                    w.U16(t.Item4);
                    return p;
                });
            case MessageType.FfpRun:
                return Gen.Select(Gen.Int[0, 3], cell, Gen.Int[0, 3000]).Select(t =>
                {
                    var p = new byte[6];
                    var w = new PayloadWriter(p);
                    w.U8(t.Item1);
                    w.U8(0);
                    w.U16(t.Item2);
                    w.U16(t.Item3);
                    return p;
                });
            case MessageType.ProgramLevel:
                return Gen.Select(Gen.Int[0, 3], Gen.Int[0, 2], Gen.Int[0, 6], Gen.Select(cell, Gen.Int[0, 6]).Array[0, 70]).Select(t =>
                {
                    var p = new byte[5 + (4 * t.Item4.Length)];
                    var w = new PayloadWriter(p);
                    w.U8(t.Item1);
                    w.U8(t.Item2);
                    w.U16(t.Item3);
                    w.U8(t.Item4.Length);
                    foreach (var (c, level) in t.Item4)
                    {
                        w.U16(c);
                        w.U16(level);
                    }

                    return p;
                });
            case MessageType.JobRecords:
                return Gen.Select(Gen.Int[0, 65535], Gen.Int[0, 100], Gen.Int[0, 255]).Select(t =>
                {
                    var p = new byte[5];
                    var w = new PayloadWriter(p);
                    w.U16(t.Item1);
                    w.U16(t.Item2);
                    w.U8(t.Item3);
                    return p;
                });
            case MessageType.TableBegin:
                return Gen.Select(Gen.UInt[0, 70_000], Gen.UInt, Gen.UInt[0, 5]).Select(t =>
                {
                    var p = new byte[12];
                    var w = new PayloadWriter(p);
                    w.U32(t.Item1);
                    w.U32(t.Item2);
                    w.U32(t.Item3);
                    return p;
                });
            case MessageType.TableChunk:
                return Gen.Select(Gen.UInt[0, 2000], Gen.Byte.Array[0, 250]).Select(t =>
                {
                    var p = new byte[4 + t.Item2.Length];
                    LittleEndian.WriteUInt32(p, 0, t.Item1);
                    Buffer.BlockCopy(t.Item2, 0, p, 4, t.Item2.Length);
                    return p;
                });
            default:
                return Gen.Byte.Array[0, 8];
        }
    }
}
