// SPDX-License-Identifier: MIT
using Edge.Shared.Formats;
using Edge.Shared.Protocol;
using Xunit;

namespace Edge.Shared.Tests.Formats;

/// <summary>Every single-byte corruption and every truncation of each file kind is rejected, with the expected check.</summary>
public class TableCorruptionTests
{
    public delegate StatusCode Parse(byte[] data, int length, out string field);

    public static TheoryData<string> Kinds => new() { "ffp", "program", "set", "seek", "array", "set-with-sections" };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_single_byte_corruption_is_rejected_by_magic_header_CRC_or_payload_CRC(string kind)
    {
        var (image, parse) = Sample(kind);
        foreach (byte mask in new byte[] { 0x01, 0xFF, 0x80 })
        {
            for (int position = 0; position < image.Length; position++)
            {
                byte[] corrupted = (byte[])image.Clone();
                corrupted[position] ^= mask;
                StatusCode status = parse(corrupted, corrupted.Length, out string field);
                StatusCode expected = position < 4 ? StatusCode.TableBadMagic
                    : position < TableHeader.Length ? StatusCode.TableBadHeaderCrc
                    : StatusCode.TableBadCrc;
                Assert.True(expected == status, $"{kind}: byte {position} ^ 0x{mask:X2} gave {status} ({field}), expected {expected}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_truncation_is_a_length_error(string kind)
    {
        var (image, parse) = Sample(kind);
        for (int length = 0; length < image.Length; length++)
        {
            StatusCode status = parse(image, length, out string field);
            Assert.Equal(StatusCode.TableBadLength, status);
            Assert.Equal(length < TableHeader.Length ? "header" : "payload_length", field);
        }
    }

    [Fact]
    public void A_file_of_another_kind_is_rejected_by_magic()
    {
        byte[] image = LevelProgramCodec.Serialize(SampleTables.Program(), 1);
        Assert.Equal(StatusCode.TableBadMagic, FfpTableCodec.TryParse(image, 0, image.Length, out _, out _, out string field));
        Assert.Equal("magic", field);
    }

    [Fact]
    public void An_unknown_schema_with_a_valid_header_CRC_is_rejected_by_schema()
    {
        byte[] image = FfpTableCodec.Serialize(SampleTables.Ffp(), 1);
        LittleEndian.WriteUInt16(image, 4, TableHeader.SchemaVersion + 1);
        LittleEndian.WriteUInt32(image, 20, Crc32.Compute(image, 0, 20));
        Assert.Equal(StatusCode.TableBadSchema, FfpTableCodec.TryParse(image, 0, image.Length, out _, out _, out string field));
        Assert.Equal("schema", field);
    }

    [Fact]
    public void A_declared_payload_over_the_slot_size_is_a_length_error()
    {
        byte[] image = new byte[TableHeader.Length + TableHeader.MaxPayloadLength + 1];
        new TableHeader { Magic = TableHeader.FfpTableMagic, Schema = TableHeader.SchemaVersion, PayloadLength = TableHeader.MaxPayloadLength + 1 }
            .WriteTo(image, 0);
        Assert.Equal(StatusCode.TableBadLength, FfpTableCodec.TryParse(image, 0, image.Length, out _, out _, out string field));
        Assert.Equal("payload_length", field);
    }

    [Fact]
    public void Parsing_from_a_larger_slot_buffer_ignores_bytes_after_the_declared_payload()
    {
        // A storage slot is read whole: the header's payload length, not the slot size, bounds the table.
        byte[] image = FfpTableCodec.Serialize(SampleTables.Ffp(), 3);
        var slot = new byte[image.Length + 100];
        Array.Fill(slot, (byte)0xFF);
        image.CopyTo(slot, 0);
        Assert.Equal(StatusCode.Ok, FfpTableCodec.TryParse(slot, 0, slot.Length, out _, out _, out _));
    }

    [Fact]
    public void Parsing_at_an_offset_works()
    {
        byte[] image = TableSetCodec.Serialize(SampleTables.Set());
        var buffer = new byte[image.Length + 7];
        image.CopyTo(buffer, 7);
        Assert.Equal(StatusCode.Ok, TableSetCodec.TryParse(buffer, 7, image.Length, out TableSet set, out _));
        TableAssert.Equal(SampleTables.Set(), set);
    }

    private static (byte[] Image, Parse Parse) Sample(string kind) => kind switch
    {
        "ffp" => (FfpTableCodec.Serialize(SampleTables.Ffp(), 4), (byte[] d, int n, out string f) => FfpTableCodec.TryParse(d, 0, n, out _, out _, out f)),
        "program" => (LevelProgramCodec.Serialize(SampleTables.Program(), 4), (byte[] d, int n, out string f) => LevelProgramCodec.TryParse(d, 0, n, out _, out _, out f)),
        "seek" => (SeekTableCodec.Serialize(SampleTables.Seek(), 4), (byte[] d, int n, out string f) => SeekTableCodec.TryParse(d, 0, n, out _, out _, out f)),
        "array" => (ArrayCorrectionsCodec.Serialize(SampleTables.Array(), 4), (byte[] d, int n, out string f) => ArrayCorrectionsCodec.TryParse(d, 0, n, out _, out _, out f)),
        "set-with-sections" => (TableSetCodec.Serialize(SampleTables.SetWithSections()), (byte[] d, int n, out string f) => TableSetCodec.TryParse(d, 0, n, out _, out f)),
        _ => (TableSetCodec.Serialize(SampleTables.Set()), (byte[] d, int n, out string f) => TableSetCodec.TryParse(d, 0, n, out _, out f)),
    };
}
