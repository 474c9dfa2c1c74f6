// SPDX-License-Identifier: MIT
using CsCheck;
using Edge.Shared.Formats;
using Edge.Shared.Protocol;
using Xunit;

namespace Edge.Shared.Tests.Formats;

public class FfpTableCodecTests
{
    [Fact]
    public void Sample_table_round_trips_with_its_generation()
    {
        byte[] image = FfpTableCodec.Serialize(SampleTables.Ffp(), 42);
        Assert.Equal(StatusCode.Ok, FfpTableCodec.TryParse(image, 0, image.Length, out FfpTable table, out TableHeader header, out string field));
        Assert.Null(field);
        Assert.Equal(42u, header.Generation);
        Assert.Equal(TableHeader.FfpTableMagic, header.Magic);
        Assert.Equal((uint)(image.Length - TableHeader.Length), header.PayloadLength);
        TableAssert.Equal(SampleTables.Ffp(), table);
    }

    [Fact]
    public void Random_valid_tables_round_trip()
    {
        Gen.Select(SampleTables.FfpTables, Gen.UInt).Sample(t =>
        {
            var (expected, generation) = t;
            byte[] image = FfpTableCodec.Serialize(expected, generation);
            Assert.Equal(StatusCode.Ok, FfpTableCodec.TryParse(image, 0, image.Length, out FfpTable table, out TableHeader header, out _));
            Assert.Equal(generation, header.Generation);
            TableAssert.Equal(expected, table);
        }, iter: 2_000);
    }

    [Fact]
    public void Image_layout_matches_formats_md_offsets()
    {
        byte[] image = FfpTableCodec.Serialize(SampleTables.Ffp(), 1);
        var p = TableHeader.Length;
        Assert.Equal("EFFP", System.Text.Encoding.ASCII.GetString(image, 0, 4));
        Assert.Equal(0x0D0E0F10u, LittleEndian.ReadUInt32(image, p));
        Assert.Equal(77u, LittleEndian.ReadUInt32(image, p + 4));
        Assert.Equal((byte)Direction.Potentiation, image[p + 8]);
        Assert.Equal(4, LittleEndian.ReadUInt16(image, p + 10));
        Assert.Equal(800_000u, LittleEndian.ReadUInt32(image, p + 12));
        Assert.Equal(2_000_000u, LittleEndian.ReadUInt32(image, p + 16));
        Assert.Equal(1_500_000u, LittleEndian.ReadUInt32(image, p + 20));
        int firstVoltage = p + 20 + (4 * 5);
        Assert.Equal(1200, LittleEndian.ReadUInt16(image, firstVoltage));
        int depression = firstVoltage + (2 * 4);
        Assert.Equal((byte)Direction.Depression, image[depression]);
        Assert.Equal(depression + 12 + (4 * 4) + (2 * 3), image.Length);
    }

    public static TheoryData<string, Action<FfpTable>, StatusCode> InvalidFields => new()
    {
        { "potentiation.write_mv[2]", t => t.Potentiation.WriteMillivolts[2] = 7001, StatusCode.TableValueOutOfRange },
        { "depression.write_mv[0]", t => t.Depression.WriteMillivolts[0] = 0, StatusCode.TableValueOutOfRange },
        { "potentiation.width_us", t => t.Potentiation.PulseWidthMicroseconds = 99, StatusCode.TableValueOutOfRange },
        { "depression.width_us", t => t.Depression.PulseWidthMicroseconds = 5_000_001, StatusCode.TableValueOutOfRange },
        { "potentiation.stop_mohm", t => t.Potentiation.StopMilliohms = 999, StatusCode.TableValueOutOfRange },
        { "potentiation.edges_mohm[0]", t => t.Potentiation.EdgesMilliohms[0] = 500, StatusCode.TableValueOutOfRange },
        { "depression.edges_mohm[3]", t => t.Depression.EdgesMilliohms[3] = 1_000_000_001, StatusCode.TableValueOutOfRange },
        { "potentiation.edges_mohm[2]", t => t.Potentiation.EdgesMilliohms[2] = 3_000_000, StatusCode.TableNotMonotone },
        { "depression.edges_mohm[1]", t => t.Depression.EdgesMilliohms[1] = 900_000 + 100_000, StatusCode.TableNotMonotone },
        { "potentiation.direction", t => t.Potentiation.Direction = Direction.Depression, StatusCode.TableBadDirection },
        { "depression.direction", t => t.Depression.Direction = (Direction)7, StatusCode.TableBadDirection },
    };

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public void Out_of_range_or_non_monotone_values_are_rejected_naming_the_field(string field, Action<FfpTable> spoil, StatusCode status)
    {
        FfpTable table = SampleTables.Ffp();
        spoil(table);
        byte[] image = FfpTableCodec.Serialize(table, 1); // Serialize does not validate: the parser is the gate
        Assert.Equal(status, FfpTableCodec.TryParse(image, 0, image.Length, out FfpTable parsed, out _, out string actualField));
        Assert.Equal(field, actualField);
        Assert.Null(parsed);
    }

    [Fact]
    public void Zero_or_too_many_cells_are_a_length_error_on_cells()
    {
        byte[] image = FfpTableCodec.Serialize(SampleTables.Ffp(), 1);
        byte[] payload = image[TableHeader.Length..];
        LittleEndian.WriteUInt16(payload, 10, 0);
        byte[] rewrapped = TableHeader.Wrap(TableHeader.FfpTableMagic, 1, payload, payload.Length);
        Assert.Equal(StatusCode.TableBadLength, FfpTableCodec.TryParse(rewrapped, 0, rewrapped.Length, out _, out _, out string field));
        Assert.Equal("potentiation.cells", field);

        LittleEndian.WriteUInt16(payload, 10, FormatLimits.MaxGridCells + 1);
        rewrapped = TableHeader.Wrap(TableHeader.FfpTableMagic, 1, payload, payload.Length);
        Assert.Equal(StatusCode.TableBadLength, FfpTableCodec.TryParse(rewrapped, 0, rewrapped.Length, out _, out _, out field));
        Assert.Equal("potentiation.cells", field);
    }

    [Fact]
    public void Trailing_bytes_inside_the_payload_are_a_length_error()
    {
        byte[] image = FfpTableCodec.Serialize(SampleTables.Ffp(), 1);
        byte[] payload = [.. image[TableHeader.Length..], 0x00];
        byte[] rewrapped = TableHeader.Wrap(TableHeader.FfpTableMagic, 1, payload, payload.Length);
        Assert.Equal(StatusCode.TableBadLength, FfpTableCodec.TryParse(rewrapped, 0, rewrapped.Length, out _, out _, out string field));
        Assert.Equal("payload_length", field);
    }

    [Fact]
    public void Lookup_uses_the_grid_cell_and_signs_the_voltage_by_direction()
    {
        FfpTable table = SampleTables.Ffp();
        Assert.Equal(1200, table.Potentiation.LookupMillivolts(100_000)); // below the grid: first cell
        Assert.Equal(1200, table.Potentiation.LookupMillivolts(2_999_999));
        Assert.Equal(1400, table.Potentiation.LookupMillivolts(3_000_000)); // an edge starts its cell
        Assert.Equal(2100, table.Potentiation.LookupMillivolts(900_000_000)); // above the grid: last cell
        Assert.Equal(-1500, table.Depression.LookupMillivolts(4_000_000));
        Assert.True(table.Potentiation.ReachedStop(2_000_000));
        Assert.False(table.Potentiation.ReachedStop(2_000_001));
        Assert.True(table.Depression.ReachedStop(11_000_000));
        Assert.False(table.Depression.ReachedStop(10_999_999));
        Assert.Same(table.Depression, table.For(Direction.Depression));
    }
}
