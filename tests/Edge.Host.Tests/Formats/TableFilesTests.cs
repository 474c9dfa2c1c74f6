// SPDX-License-Identifier: MIT
using Edge.Analog.Errors;
using Edge.Host.Formats;
using Edge.Shared.Formats;
using Xunit;

namespace Edge.Host.Tests.Formats;

public sealed class TableFilesTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("edge-tablefiles-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void FFP_table_round_trips_through_a_file_with_its_generation()
    {
        string path = Path.Combine(directory, "ffp.bin");
        TableFiles.WriteFfpTable(path, Samples.Ffp(), 12);
        FfpTable table = TableFiles.ReadFfpTable(path, out uint generation);
        Assert.Equal(12u, generation);
        Assert.Equal(Samples.Ffp().Depression.WriteMillivolts, table.Depression.WriteMillivolts);
        Assert.Equal(Samples.Ffp().Potentiation.EdgesMilliohms, table.Potentiation.EdgesMilliohms);
        Assert.False(File.Exists(path + ".tmp"));
    }

    [Fact]
    public void Level_program_round_trips_through_a_file()
    {
        string path = Path.Combine(directory, "levels.bin");
        TableFiles.WriteLevelProgram(path, Samples.Program(Direction.Depression), 3);
        LevelProgram program = TableFiles.ReadLevelProgram(path, out uint generation);
        Assert.Equal(3u, generation);
        Assert.Equal(Direction.Depression, program.Direction);
        Assert.Equal(Samples.Program(Direction.Depression).TargetsMilliohms, program.TargetsMilliohms);
        Assert.Equal(Samples.Program().Millivolts, program.Millivolts);
    }

    [Fact]
    public void Table_set_round_trips_through_a_file()
    {
        string path = Path.Combine(directory, "set.bin");
        TableFiles.WriteTableSet(path, Samples.Set());
        TableSet set = TableFiles.ReadTableSet(path);
        Assert.Equal(7u, set.Generation);
        Assert.Equal(2, set.Programs.Count);
        Assert.NotNull(set.FindProgram(Direction.Depression, 3));
    }

    [Fact]
    public void A_missing_file_names_the_path()
    {
        string path = Path.Combine(directory, "absent.bin");
        var e = Assert.Throws<EdgeException>(() => TableFiles.ReadFfpTable(path));
        Assert.Equal(ExitCode.BadInput, e.ExitCode);
        Assert.Equal($"{path}: file not found", e.Message);
    }

    [Fact]
    public void A_corrupted_byte_is_reported_as_a_payload_CRC_mismatch()
    {
        string path = Path.Combine(directory, "ffp.bin");
        TableFiles.WriteFfpTable(path, Samples.Ffp(), 1);
        byte[] bytes = File.ReadAllBytes(path);
        bytes[40] ^= 0x10;
        File.WriteAllBytes(path, bytes);
        var e = Assert.Throws<EdgeException>(() => TableFiles.ReadFfpTable(path));
        Assert.Equal(ExitCode.BadInput, e.ExitCode);
        Assert.StartsWith($"{path}: field 'payload_crc': payload CRC-32 mismatch", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_file_is_reported_with_its_length()
    {
        string path = Path.Combine(directory, "short.bin");
        File.WriteAllBytes(path, new byte[10]);
        var e = Assert.Throws<EdgeException>(() => TableFiles.ReadLevelProgram(path));
        Assert.Equal($"{path}: field 'header': the file is 10 bytes, shorter than the 24-byte header", e.Message);
    }

    [Fact]
    public void A_file_of_another_kind_names_both_magics()
    {
        string path = Path.Combine(directory, "levels.bin");
        TableFiles.WriteLevelProgram(path, Samples.Program(), 1);
        var e = Assert.Throws<EdgeException>(() => TableFiles.ReadFfpTable(path));
        Assert.Equal($"{path}: field 'magic': not a FFP table file: it starts with \"ELVL\", a FFP table starts with \"EFFP\"", e.Message);
    }

    [Fact]
    public void Trailing_bytes_after_the_table_are_rejected()
    {
        string path = Path.Combine(directory, "ffp.bin");
        TableFiles.WriteFfpTable(path, Samples.Ffp(), 1);
        File.AppendAllText(path, "xyz");
        var e = Assert.Throws<EdgeException>(() => TableFiles.ReadFfpTable(path));
        Assert.Contains("field 'payload_length'", e.Message, StringComparison.Ordinal);
        Assert.Contains("remove the 3 trailing bytes", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Writing_an_out_of_range_voltage_is_refused_naming_field_and_range_and_writes_nothing()
    {
        string path = Path.Combine(directory, "ffp.bin");
        FfpTable table = Samples.Ffp();
        table.Depression.WriteMillivolts[1] = 7500;
        var e = Assert.Throws<EdgeException>(() => TableFiles.WriteFfpTable(path, table, 1));
        Assert.Equal(ExitCode.BadInput, e.ExitCode);
        Assert.Equal($"{path}: field 'depression.write_mv[1]': write voltage must be 1..7000 mV (magnitude; the 7.0 V hard limit) (nothing was written)", e.Message);
        Assert.False(File.Exists(path));
        Assert.False(File.Exists(path + ".tmp"));
    }

    [Fact]
    public void Writing_non_monotone_targets_is_refused_naming_the_level()
    {
        LevelProgram program = Samples.Program();
        program.TargetsMilliohms[2] = 7_000_000;
        var e = Assert.Throws<EdgeException>(() => TableFiles.WriteLevelProgram(Path.Combine(directory, "p.bin"), program, 1));
        Assert.Contains("field 'targets_mohm[2]': level targets must strictly fall level by level for potentiation", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Writing_mismatched_array_shapes_is_refused_before_serialising()
    {
        FfpTable table = Samples.Ffp();
        table.Potentiation.EdgesMilliohms = [1_500_000, 3_000_000];
        var e = Assert.Throws<EdgeException>(() => TableFiles.WriteFfpTable(Path.Combine(directory, "f.bin"), table, 1));
        Assert.Contains("field 'potentiation.edges_mohm': 2 cells need 3 edges, not 2", e.Message, StringComparison.Ordinal);

        LevelProgram program = Samples.Program();
        program.GroupPulseCounts = [2];
        e = Assert.Throws<EdgeException>(() => TableFiles.WriteLevelProgram(Path.Combine(directory, "p.bin"), program, 1));
        Assert.Contains("field 'group_pulse_counts': 3 levels need 2 group counts, not 1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Writing_a_set_with_a_duplicate_program_is_refused()
    {
        TableSet set = Samples.Set();
        set.Programs.Add(Samples.Program(Direction.Potentiation));
        var e = Assert.Throws<EdgeException>(() => TableFiles.WriteTableSet(Path.Combine(directory, "s.bin"), set));
        Assert.Contains("field 'program[2].levels': program[0] already has direction Potentiation with 3 levels", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_a_set_with_a_duplicate_program_names_the_program()
    {
        // Built with the shared serialiser, which (unlike TableFiles) does not refuse duplicates.
        TableSet set = Samples.Set();
        set.Programs.Add(Samples.Program(Direction.Depression));
        string path = Path.Combine(directory, "dup.bin");
        File.WriteAllBytes(path, TableSetCodec.Serialize(set));
        var e = Assert.Throws<EdgeException>(() => TableFiles.ReadTableSet(path));
        Assert.StartsWith($"{path}: field 'program[2].levels': either another program in the set has the same direction and level count", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_embedded_table_in_a_set_is_named_with_its_prefix()
    {
        TableSet set = Samples.Set();
        set.Ffp.Potentiation.PulseWidthMicroseconds = 10;
        string path = Path.Combine(directory, "bad.bin");
        File.WriteAllBytes(path, TableSetCodec.Serialize(set));
        var e = Assert.Throws<EdgeException>(() => TableFiles.ReadTableSet(path));
        Assert.Equal($"{path}: field 'ffp.potentiation.width_us': pulse width must be 1000..5000000 us", e.Message);
    }
}
