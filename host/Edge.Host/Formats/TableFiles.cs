// SPDX-License-Identifier: MIT
using Edge.Analog.Errors;
using Edge.Shared.Formats;
using Edge.Shared.Protocol;

namespace Edge.Host.Formats;

/// <summary>
/// Reads and writes the binary table files (docs/formats.md) with the same firmware-safe parsers the board runs, so a
/// file the host accepts is one the board accepts. Every failure is an <see cref="EdgeException"/> with
/// <see cref="ExitCode.BadInput"/> whose message names the file, the field and what would be right.
/// </summary>
public static class TableFiles
{
    /// <summary>Reads an FFP voltage table file ("EFFP").</summary>
    public static FfpTable ReadFfpTable(string path) => ReadFfpTable(path, out _);

    /// <summary>Reads an FFP voltage table file and the generation in its header.</summary>
    public static FfpTable ReadFfpTable(string path, out uint generation)
    {
        byte[] image = ReadAll(path);
        StatusCode status = FfpTableCodec.TryParse(image, 0, image.Length, out FfpTable table, out TableHeader header, out string field);
        Check(path, image, status, field, "FFP table", TableHeader.FfpTableMagic);
        generation = header.Generation;
        return table;
    }

    /// <summary>Reads a level program file ("ELVL").</summary>
    public static LevelProgram ReadLevelProgram(string path) => ReadLevelProgram(path, out _);

    /// <summary>Reads a level program file and the generation in its header.</summary>
    public static LevelProgram ReadLevelProgram(string path, out uint generation)
    {
        byte[] image = ReadAll(path);
        StatusCode status = LevelProgramCodec.TryParse(image, 0, image.Length, out LevelProgram program, out TableHeader header, out string field);
        Check(path, image, status, field, "level program", TableHeader.LevelProgramMagic);
        generation = header.Generation;
        return program;
    }

    /// <summary>Reads a table set file ("ETBS"): what the board stores in a slot.</summary>
    public static TableSet ReadTableSet(string path)
    {
        byte[] image = ReadAll(path);
        Edge.Analog.Formats.RunProvenance.Current.AddInput("table_set", path);
        StatusCode status = TableSetCodec.TryParse(image, 0, image.Length, out TableSet set, out string field);
        Check(path, image, status, field, "table set", TableHeader.TableSetMagic);
        return set;
    }

    /// <summary>Writes an FFP table file; refuses (and writes nothing) if the board would reject it.</summary>
    public static void WriteFfpTable(string path, FfpTable table, uint generation)
    {
        ArgumentNullException.ThrowIfNull(table);
        TableShape.Check(path, table, string.Empty);
        byte[] image = FfpTableCodec.Serialize(table, generation);
        StatusCode status = FfpTableCodec.TryParse(image, 0, image.Length, out _, out _, out string field);
        WriteChecked(path, image, status, field);
    }

    /// <summary>Writes a level program file; refuses (and writes nothing) if the board would reject it.</summary>
    public static void WriteLevelProgram(string path, LevelProgram program, uint generation)
    {
        ArgumentNullException.ThrowIfNull(program);
        TableShape.Check(path, program, string.Empty);
        byte[] image = LevelProgramCodec.Serialize(program, generation);
        StatusCode status = LevelProgramCodec.TryParse(image, 0, image.Length, out _, out _, out string field);
        WriteChecked(path, image, status, field);
    }

    /// <summary>Writes a table set file (every embedded file gets the set's generation); refuses an invalid set.</summary>
    public static void WriteTableSet(string path, TableSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        TableShape.Check(path, set);
        byte[] image = TableSetCodec.Serialize(set);
        StatusCode status = TableSetCodec.TryParse(image, 0, image.Length, out _, out string field);
        WriteChecked(path, image, status, field);
    }

    private static byte[] ReadAll(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (FileNotFoundException e)
        {
            throw new EdgeException(ExitCode.BadInput, $"{path}: file not found", e);
        }
        catch (DirectoryNotFoundException e)
        {
            throw new EdgeException(ExitCode.BadInput, $"{path}: directory not found", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new EdgeException(ExitCode.BadInput, $"{path}: cannot read: {e.Message}", e);
        }
    }

    private static void Check(string path, byte[] image, StatusCode status, string field, string kind, uint magic)
    {
        if (status != StatusCode.Ok)
        {
            throw new EdgeException(ExitCode.BadInput, $"{path}: field '{field}': {TableErrors.Explain(status, field, image, kind, magic)}");
        }

        // The parsers accept a larger buffer (a flash slot); a file must hold exactly one table and nothing after it.
        long expected = TableHeader.Length + (long)LittleEndian.ReadUInt32(image, 12);
        if (image.Length != expected)
        {
            throw new EdgeException(
                ExitCode.BadInput,
                $"{path}: field 'payload_length': the file is {image.Length} bytes but its header declares {expected} (24-byte header + payload); remove the {image.Length - expected} trailing bytes or re-export the file");
        }
    }

    private static void WriteChecked(string path, byte[] image, StatusCode status, string field)
    {
        if (status != StatusCode.Ok)
        {
            throw new EdgeException(ExitCode.BadInput, $"{path}: field '{field}': {TableErrors.Explain(status, field, image, "table", 0)} (nothing was written)");
        }

        // Write a sibling temp file and rename it over the target: a crash never leaves half a table behind.
        string temp = path + ".tmp";
        try
        {
            File.WriteAllBytes(temp, image);
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new EdgeException(ExitCode.BadInput, $"{path}: cannot write: {e.Message}", e);
        }
    }
}
