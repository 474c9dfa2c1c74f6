// SPDX-License-Identifier: MIT
using CsCheck;
using Edge.Shared.Formats;
using Edge.Shared.Protocol;
using Xunit;

namespace Edge.Shared.Tests.Formats;

public class TableSetCodecTests
{
    [Fact]
    public void Sample_set_round_trips_and_finds_programs_by_direction_and_level_count()
    {
        TableSet expected = SampleTables.Set();
        byte[] image = TableSetCodec.Serialize(expected);
        Assert.Equal(StatusCode.Ok, TableSetCodec.TryParse(image, 0, image.Length, out TableSet set, out string field));
        Assert.Null(field);
        TableAssert.Equal(expected, set);
        Assert.Equal(9, set.FindProgram(Direction.Potentiation, 9).LevelCount);
        Assert.Equal(Direction.Depression, set.FindProgram(Direction.Depression, 4).Direction);
        Assert.Null(set.FindProgram(Direction.Depression, 9));
    }

    [Fact]
    public void A_set_without_programs_round_trips()
    {
        var expected = new TableSet { Ffp = SampleTables.Ffp(), Generation = 1 };
        byte[] image = TableSetCodec.Serialize(expected);
        Assert.Equal(StatusCode.Ok, TableSetCodec.TryParse(image, 0, image.Length, out TableSet set, out _));
        TableAssert.Equal(expected, set);
    }

    [Fact]
    public void Every_embedded_file_carries_the_set_generation()
    {
        byte[] image = TableSetCodec.Serialize(SampleTables.Set());
        int ffpAt = TableHeader.Length + 8;
        Assert.Equal(5u, LittleEndian.ReadUInt32(image, 8));
        Assert.Equal(5u, LittleEndian.ReadUInt32(image, ffpAt + 8));
    }

    [Fact]
    public void A_duplicate_direction_and_level_count_is_rejected_naming_the_program()
    {
        TableSet set = SampleTables.Set();
        set.Programs.Add(SampleTables.Program(Direction.Depression, 4));
        byte[] image = TableSetCodec.Serialize(set);
        Assert.Equal(StatusCode.TableBadLength, TableSetCodec.TryParse(image, 0, image.Length, out TableSet parsed, out string field));
        Assert.Equal("program[3].levels", field);
        Assert.Null(parsed);
    }

    [Fact]
    public void More_than_the_maximum_number_of_programs_is_rejected()
    {
        var set = new TableSet { Ffp = SampleTables.Ffp(), Generation = 1 };
        for (int n = 2; n < 2 + FormatLimits.MaxPrograms + 1; n++)
        {
            set.Programs.Add(SampleTables.Program(Direction.Potentiation, n));
        }

        byte[] image = TableSetCodec.Serialize(set);
        Assert.Equal(StatusCode.TableBadLength, TableSetCodec.TryParse(image, 0, image.Length, out _, out string field));
        Assert.Equal("programs", field);
    }

    [Fact]
    public void An_invalid_embedded_FFP_table_is_named_with_the_ffp_prefix()
    {
        TableSet set = SampleTables.Set();
        set.Ffp.Depression.WriteMillivolts[1] = 9000;
        byte[] image = TableSetCodec.Serialize(set);
        Assert.Equal(StatusCode.TableValueOutOfRange, TableSetCodec.TryParse(image, 0, image.Length, out _, out string field));
        Assert.Equal("ffp.depression.write_mv[1]", field);
    }

    [Fact]
    public void An_invalid_embedded_program_is_named_with_its_index()
    {
        TableSet set = SampleTables.Set();
        ((LevelProgram)set.Programs[1]!).TargetsMilliohms[2] = 1;
        byte[] image = TableSetCodec.Serialize(set);
        Assert.Equal(StatusCode.TableValueOutOfRange, TableSetCodec.TryParse(image, 0, image.Length, out _, out string field));
        Assert.Equal("program[1].targets_mohm[2]", field);
    }

    [Fact]
    public void An_embedded_length_that_disagrees_with_the_embedded_file_is_rejected()
    {
        // Re-wrap a payload whose FFP length claims one byte more than the FFP file (set CRCs stay valid).
        byte[] image = TableSetCodec.Serialize(new TableSet { Ffp = SampleTables.Ffp(), Generation = 1 });
        byte[] payload = [.. image[TableHeader.Length..], 0x00];
        LittleEndian.WriteUInt32(payload, 4, LittleEndian.ReadUInt32(payload, 4) + 1);
        byte[] rewrapped = TableHeader.Wrap(TableHeader.TableSetMagic, 1, payload, payload.Length);
        Assert.Equal(StatusCode.TableBadLength, TableSetCodec.TryParse(rewrapped, 0, rewrapped.Length, out _, out string field));
        Assert.Equal("ffp_length", field);
    }

    [Fact]
    public void A_program_length_that_disagrees_with_the_embedded_program_is_rejected()
    {
        var set = new TableSet { Ffp = SampleTables.Ffp(), Generation = 1 };
        set.Programs.Add(SampleTables.Program());
        byte[] image = TableSetCodec.Serialize(set);
        byte[] payload = [.. image[TableHeader.Length..], 0x00];
        int programLengthAt = 8 + (int)LittleEndian.ReadUInt32(payload, 4);
        LittleEndian.WriteUInt32(payload, programLengthAt, LittleEndian.ReadUInt32(payload, programLengthAt) + 1);
        byte[] rewrapped = TableHeader.Wrap(TableHeader.TableSetMagic, 1, payload, payload.Length);
        Assert.Equal(StatusCode.TableBadLength, TableSetCodec.TryParse(rewrapped, 0, rewrapped.Length, out _, out string field));
        Assert.Equal("program[0].length", field);
    }

    [Fact]
    public void Random_valid_sets_round_trip()
    {
        Gen.Select(SampleTables.FfpTables, SampleTables.Programs.Array[0, FormatLimits.MaxPrograms], Gen.UInt).Sample(t =>
        {
            var (ffp, programs, generation) = t;
            var expected = new TableSet { Ffp = ffp, Generation = generation };
            foreach (LevelProgram p in programs.DistinctBy(p => (p.Direction, p.LevelCount)))
            {
                expected.Programs.Add(p);
            }

            byte[] image = TableSetCodec.Serialize(expected);
            Assert.Equal(StatusCode.Ok, TableSetCodec.TryParse(image, 0, image.Length, out TableSet set, out string field));
            TableAssert.Equal(expected, set);
        }, iter: 500);
    }
}
