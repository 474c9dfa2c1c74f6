// SPDX-License-Identifier: MIT
using Edge.Analog.Errors;
using Edge.Host.Calibration.Analysis;
using Edge.Shared.Formats;
using Xunit;

namespace Edge.Host.Tests.Calibration.Analysis;

public class SegmentationTests
{
    [Fact]
    public void Evenly_falling_trace_splits_into_equal_groups()
    {
        // R = 110, 109, ..., 100 before pulse events 0..9 (plus the final read); event i uses (1 + i/10) V.
        var trace = Falling();

        var result = Segmentation.Segment(trace, 6);

        Assert.Equal(new[] { 110.0, 108, 106, 104, 102, 100 }, result.TargetsOhms);
        Assert.Equal(new[] { 0, 2, 4, 6, 8, 10 }, result.EventIndices);
        Assert.Equal(0, result.UnoccupiedCount);
        var program = result.Program;
        Assert.Equal(new uint[] { 110000, 108000, 106000, 104000, 102000, 100000 }, program.TargetsMilliohms);
        Assert.Equal(new ushort[] { 2, 2, 2, 2, 2 }, program.GroupPulseCounts);
        Assert.Equal(Enumerable.Range(0, 10).Select(i => (ushort)(1000 + (100 * i))), program.Millivolts);
        Assert.Equal(Direction.Potentiation, program.Direction);
    }

    [Fact]
    public void Targets_finer_than_the_trace_collapse_and_are_counted_unoccupied()
    {
        // 21 targets every 0.5 ohm on a trace with 1 ohm steps: odd targets tie between two reads, take the first,
        // which the previous level already uses.
        var result = Segmentation.Segment(Falling(), 21);

        Assert.Equal(10, result.UnoccupiedCount);
        Assert.Equal(11, result.OccupiedCount);
        Assert.Equal(Enumerable.Range(0, 21).Select(k => k % 2 == 0), result.Occupied);
        Assert.Equal(Enumerable.Range(0, 21).Select(k => k / 2), result.ProgramLevels);
        Assert.Equal(11, result.Program.LevelCount);
        Assert.All(result.Program.GroupPulseCounts, c => Assert.Equal(1, c));
    }

    [Fact]
    public void Uneven_trace_groups_several_events_into_one_level_step()
    {
        var trace = new FfpTrace(Direction.Potentiation, new[] { 100, 99.9, 99.5, 98, 97.9, 97 }, new[] { 0.5, 0.6, 0.7, 0.8, 0.9 });

        var result = Segmentation.Segment(trace, 3);

        Assert.Equal(new[] { 0, 3, 5 }, result.EventIndices);
        Assert.Equal(new[] { 100, 98, 97.0 }, result.ReachedOhms);
        Assert.Equal(new ushort[] { 3, 2 }, result.Program.GroupPulseCounts);
        Assert.Equal(new ushort[] { 500, 600, 700, 800, 900 }, result.Program.Millivolts);
    }

    [Fact]
    public void Colliding_nearest_reads_move_to_neighbouring_records_when_the_trace_has_enough()
    {
        // Targets 5, 3.67, 2.33, 1: the paper's per-target argmin puts 3.67 and 2.33 both on the read 3 (a 1.9 ohm step
        // against 1.33 ohm spacing). The trace has 4 distinct records, so all 4 levels are occupied, one per record.
        var trace = new FfpTrace(Direction.Potentiation, new[] { 5, 4.9, 3, 1 }, new[] { 1.0, 2.0, 3.0 });

        var result = Segmentation.Segment(trace, 4);

        Assert.Equal(new[] { 0, 1, 2, 3 }, result.EventIndices);
        Assert.Equal(0, result.UnoccupiedCount);
        Assert.Equal(new ushort[] { 1, 1, 1 }, result.Program.GroupPulseCounts);
    }

    [Fact]
    public void A_noise_reversal_leaves_a_level_unoccupied_and_keeps_targets_monotone()
    {
        // Depression: the read 100.4 after 100.5 is noise. Targets 100, 100.33, 100.67, 101.
        var trace = new FfpTrace(Direction.Depression, new[] { 100, 100.5, 100.4, 101 }, new[] { 2.0, 2.5, 3.0 });

        var result = Segmentation.Segment(trace, 4);

        Assert.Equal(new[] { 0, 2, 1, 3 }, result.EventIndices);
        Assert.Equal(new[] { true, true, false, true }, result.Occupied);
        Assert.Equal(new uint[] { 100000, 100400, 101000 }, result.Program.TargetsMilliohms);
        Assert.Equal(new ushort[] { 2, 1 }, result.Program.GroupPulseCounts);
        Assert.Equal(new ushort[] { 2000, 2500, 3000 }, result.Program.Millivolts);
    }

    [Fact]
    public void Program_round_trips_through_the_shared_codec()
    {
        var program = Segmentation.Segment(Falling(), 6, 800_000, deviceId: 3, calibrationId: 4).Program;

        var bytes = LevelProgramCodec.Serialize(program, 1);
        var status = LevelProgramCodec.TryParse(bytes, 0, bytes.Length, out var parsed, out _, out var field);

        Assert.True(status == Edge.Shared.Protocol.StatusCode.Ok, $"{status} at {field}");
        Assert.Equal(program.TargetsMilliohms, parsed.TargetsMilliohms);
        Assert.Equal(3u, parsed.DeviceId);
    }

    [Fact]
    public void The_level_curve_of_an_even_trace_is_the_straight_line()
    {
        var curve = Segmentation.Segment(Falling(), 11).Curve();

        Assert.Equal(curve.X, curve.Y);
    }

    [Fact]
    public void A_trace_that_never_moves_is_a_device_limit()
    {
        var trace = new FfpTrace(Direction.Potentiation, new[] { 800.0, 800.0, 800.0 }, new[] { 1.0, 1.0 });

        Assert.Equal(ExitCode.DeviceLimit, Assert.Throws<EdgeException>(() => Segmentation.Segment(trace, 4)).ExitCode);
    }

    [Fact]
    public void Reads_and_voltages_out_of_step_are_bad_input()
    {
        var trace = new FfpTrace(Direction.Potentiation, new[] { 800.0, 799.0 }, new[] { 1.0, 1.0 });

        var ex = Assert.Throws<EdgeException>(() => Segmentation.Segment(trace, 2));

        Assert.Equal(ExitCode.BadInput, ex.ExitCode);
        Assert.Contains("potentiation FFP trace", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Level_count_outside_the_format_is_an_argument_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Segmentation.Segment(Falling(), 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Segmentation.Segment(Falling(), FormatLimits.MaxLevels + 1));
    }

    internal static FfpTrace Falling()
        => new(Direction.Potentiation, Enumerable.Range(0, 11).Select(i => 110.0 - i).ToArray(), Enumerable.Range(0, 10).Select(i => 1.0 + (i / 10.0)).ToArray());
}
