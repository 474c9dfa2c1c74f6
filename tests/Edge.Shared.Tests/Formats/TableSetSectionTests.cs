// SPDX-License-Identifier: MIT
using Edge.Shared.Formats;
using Edge.Shared.Protocol;
using Xunit;

namespace Edge.Shared.Tests.Formats;

public class TableSetSectionTests
{
    [Fact]
    public void A_set_with_a_seek_table_and_array_corrections_round_trips()
    {
        var set = SampleTables.SetWithSections();
        byte[] image = TableSetCodec.Serialize(set);
        Assert.Equal(StatusCode.Ok, TableSetCodec.TryParse(image, 0, image.Length, out TableSet parsed, out _));
        TableAssert.Equal(set, parsed);
        Assert.Equal(set.Seek!.ReferenceHighMilliohms, parsed.Seek.ReferenceHighMilliohms);
        Assert.Equal(set.Seek.Potentiation.BoundPpm, parsed.Seek.Potentiation.BoundPpm);
        Assert.Equal(set.Seek.Depression.RateMicro, parsed.Seek.Depression.RateMicro);
        Assert.Equal(set.Seek.AimPermille, parsed.Seek.AimPermille);
        Assert.Equal(set.Array!.HighMilliohms, parsed.Array.HighMilliohms);
        Assert.Equal(set.Array.DepressionRate, parsed.Array.DepressionRate);
    }

    [Fact]
    public void A_set_without_sections_parses_with_none()
    {
        byte[] image = TableSetCodec.Serialize(SampleTables.Set());
        Assert.Equal(0, image[TableHeader.Length + 1]);
        Assert.Equal(StatusCode.Ok, TableSetCodec.TryParse(image, 0, image.Length, out TableSet parsed, out _));
        Assert.Null(parsed.Seek);
        Assert.Null(parsed.Array);
    }

    [Fact]
    public void A_second_section_of_one_kind_is_refused_by_magic()
    {
        // Rewrite the set's section count and append a second array file: two arrays must never mean one set.
        var set = SampleTables.Set();
        set.Array = SampleTables.Array();
        byte[] image = TableSetCodec.Serialize(set);
        byte[] extra = ArrayCorrectionsCodec.Serialize(SampleTables.Array(), set.Generation);
        var payload = new byte[image.Length - TableHeader.Length + 4 + extra.Length];
        Buffer.BlockCopy(image, TableHeader.Length, payload, 0, image.Length - TableHeader.Length);
        LittleEndian.WriteUInt32(payload, image.Length - TableHeader.Length, (uint)extra.Length);
        Buffer.BlockCopy(extra, 0, payload, image.Length - TableHeader.Length + 4, extra.Length);
        payload[1] = 2;
        byte[] twice = TableHeader.Wrap(TableHeader.TableSetMagic, set.Generation, payload, payload.Length);
        Assert.Equal(StatusCode.TableBadMagic, TableSetCodec.TryParse(twice, 0, twice.Length, out _, out string field));
        Assert.Equal("section[1].magic", field);
    }

    [Theory]
    [InlineData("aim", "aim_permille")]
    [InlineData("band", "band_permille")]
    [InlineData("bound", "potentiation.bound_ppm[2]")]
    [InlineData("rate", "depression.rate_micro[0]")]
    [InlineData("volts", "potentiation.write_mv[1]")]
    public void A_seek_value_out_of_range_is_named(string what, string expectedField)
    {
        var seek = SampleTables.Seek();
        switch (what)
        {
            case "aim": seek.AimPermille = 1001; break;
            case "band": seek.BandPermille = 501; break;
            case "bound": seek.Potentiation.BoundPpm[2] = FormatLimits.MaxBoundPpm + 1; break;
            case "rate": seek.Depression.RateMicro[0] = 0; break;
            default: seek.Potentiation.WriteMillivolts[1] = 300; break;
        }

        byte[] image = SeekTableCodec.Serialize(seek, 1);
        StatusCode status = SeekTableCodec.TryParse(image, 0, image.Length, out _, out _, out string field);
        Assert.NotEqual(StatusCode.Ok, status);
        Assert.Equal(expectedField, field);
    }

    [Fact]
    public void An_array_cell_whose_HRS_is_not_above_its_LRS_is_named()
    {
        var array = SampleTables.Array();
        array.HighMilliohms[1] = array.LowMilliohms[1];
        byte[] image = ArrayCorrectionsCodec.Serialize(array, 1);
        Assert.Equal(StatusCode.TableValueOutOfRange, ArrayCorrectionsCodec.TryParse(image, 0, image.Length, out _, out _, out string field));
        Assert.Equal("high_mohm[1]", field);
    }
}
