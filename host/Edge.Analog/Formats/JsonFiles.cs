// SPDX-License-Identifier: MIT
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Edge.Analog.Errors;

namespace Edge.Analog.Formats;

/// <summary>Every JSON file Edge writes uses snake_case names (the documented field names scripts read) and indentation.</summary>
public static class JsonFiles
{
    /// <summary>The options for every Edge JSON file.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>
    /// Serialises <paramref name="value"/> to <paramref name="path"/> atomically (write a temp file, then rename). A JSON
    /// object also carries the invocation's provenance (<see cref="RunProvenance.Stamp"/>), and the file is recorded as
    /// one of its outputs.
    /// </summary>
    public static void Write<T>(string path, T value)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var temp = path + ".tmp";
        var node = JsonSerializer.SerializeToNode(value, Options);
        var provenance = RunProvenance.Current;
        if (node is JsonObject json)
        {
            provenance.Stamp(json);
        }

        File.WriteAllText(temp, node?.ToJsonString(Options) ?? "null");
        File.Move(temp, path, overwrite: true);
        provenance.AddOutput(path);
    }

    /// <summary>Reads <paramref name="path"/>; a missing or malformed file is an <see cref="EdgeException"/> naming it.</summary>
    public static T Read<T>(string path)
    {
        if (!File.Exists(path))
        {
            throw new EdgeException(ExitCode.BadInput, $"{path}: file not found.");
        }

        try
        {
            return JsonSerializer.Deserialize<T>(File.ReadAllText(path), Options)
                ?? throw new EdgeException(ExitCode.BadInput, $"{path}: the file is empty (expected a JSON object).");
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is long line ? $" line {line + 1}" : string.Empty;
            throw new EdgeException(ExitCode.BadInput, $"{path}:{where} malformed JSON: {ex.Message}", ex);
        }
    }
}
