// SPDX-License-Identifier: MIT
using CsCheck;
using Edge.Shared.Formats;
using Edge.Shared.Protocol;
using Xunit;

namespace Edge.Shared.Tests.Formats;

public class LevelProgramCodecTests
{
    [Theory]
    [InlineData(Direction.Potentiation)]
    [InlineData(Direction.Depression)]
    public void Sample_program_round_trips(Direction direction)
    {
        LevelProgram expected = SampleTables.Program(direction, 6);
        byte[] image = LevelProgramCodec.Serialize(expected, 9);
        Assert.Equal(StatusCode.Ok, LevelProgramCodec.TryParse(image, 0, image.Length, out LevelProgram program, out TableHeader header, out string field));
        Assert.Null(field);
        Assert.Equal(9u, header.Generation);
        Assert.Equal("ELVL", System.Text.Encoding.ASCII.GetString(image, 0, 4));
        TableAssert.Equal(expected, program);
    }

    [Fact]
    public void Random_valid_programs_round_trip()
    {
        Gen.Select(SampleTables.Programs, Gen.UInt).Sample(t =>
        {
            var (expected, generation) = t;
            byte[] image = LevelProgramCodec.Serialize(expected, generation);
            Assert.Equal(StatusCode.Ok, LevelProgramCodec.TryParse(image, 0, image.Length, out LevelProgram program, out _, out _));
            TableAssert.Equal(expected, program);
        }, iter: 2_000);
    }

    public static TheoryData<string, Action<LevelProgram>, StatusCode> InvalidFields => new()
    {
        { "write_mv[4]", p => p.Millivolts[4] = 7001, StatusCode.TableValueOutOfRange },
        { "write_mv[0]", p => p.Millivolts[0] = 0, StatusCode.TableValueOutOfRange },
        { "width_us", p => p.PulseWidthMicroseconds = 0, StatusCode.TableValueOutOfRange },
        { "targets_mohm[1]", p => p.TargetsMilliohms[1] = 999, StatusCode.TableValueOutOfRange },
        { "targets_mohm[2]", p => p.TargetsMilliohms[2] = p.TargetsMilliohms[1], StatusCode.TableNotMonotone },
        { "targets_mohm[1]", p => p.Direction = Direction.Depression, StatusCode.TableNotMonotone },
        { "direction", p => p.Direction = 0, StatusCode.TableBadDirection },
    };

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public void Out_of_range_or_non_monotone_values_are_rejected_naming_the_field(string field, Action<LevelProgram> spoil, StatusCode status)
    {
        LevelProgram program = SampleTables.Program(Direction.Potentiation, 6);
        spoil(program);
        byte[] image = LevelProgramCodec.Serialize(program, 1);
        Assert.Equal(status, LevelProgramCodec.TryParse(image, 0, image.Length, out LevelProgram parsed, out _, out string actualField));
        Assert.Equal(field, actualField);
        Assert.Null(parsed);
    }

    [Fact]
    public void Fewer_than_two_levels_is_a_length_error_on_levels()
    {
        var program = SampleTables.Program(Direction.Potentiation, 2);
        program.TargetsMilliohms = [program.TargetsMilliohms[0]];
        program.GroupPulseCounts = [];
        program.Millivolts = [];
        byte[] image = LevelProgramCodec.Serialize(program, 1);
        Assert.Equal(StatusCode.TableBadLength, LevelProgramCodec.TryParse(image, 0, image.Length, out _, out _, out string field));
        Assert.Equal("levels", field);
    }

    [Fact]
    public void Group_counts_that_disagree_with_the_voltage_list_are_a_length_error()
    {
        var program = SampleTables.Program(Direction.Potentiation, 4);
        program.GroupPulseCounts[0]++;
        byte[] image = LevelProgramCodec.Serialize(program, 1);
        Assert.Equal(StatusCode.TableBadLength, LevelProgramCodec.TryParse(image, 0, image.Length, out _, out _, out string field));
        Assert.Equal("group_pulse_counts", field);
    }

    [Fact]
    public void Level_lookup_and_group_starts_follow_the_program()
    {
        // Targets 9, 7, 5, 3 MOhm x 1e-3 (potentiation lowers R); groups of 1, 2, 3 pulses.
        LevelProgram p = SampleTables.Program(Direction.Potentiation, 4);
        Assert.Equal(0, p.LevelAt(20_000_000)); // not yet at level 0's target
        Assert.Equal(0, p.LevelAt(9_000_000));
        Assert.Equal(1, p.LevelAt(6_999_999));
        Assert.Equal(3, p.LevelAt(1_000));
        Assert.Equal(0, p.GroupStart(0));
        Assert.Equal(1, p.GroupStart(1));
        Assert.Equal(3, p.GroupStart(2));
        Assert.Equal(6, p.GroupStart(3));
        Assert.Equal(1100, p.SignedMillivolts(0));

        LevelProgram d = SampleTables.Program(Direction.Depression, 4);
        Assert.Equal(2, d.LevelAt(7_500_000));
        Assert.Equal(-1100, d.SignedMillivolts(0));
    }
}
