// SPDX-License-Identifier: MIT
using System.Text.Json;
using System.Text.Json.Nodes;
using Edge.Analog.Formats;
using Microsoft.Data.Sqlite;

namespace Edge.Host.Records;

/// <summary>
/// Writes the run record of a finished invocation into <c>runs.sqlite</c> of every folder it wrote results into,
/// unless the folder's <c>calibration.sqlite</c> already holds it (a calibration records itself there). No other
/// row is ever added to a calibration's database: its latest run is the one <c>--resume</c> continues. The record's
/// results are the JSON files the invocation wrote there, without their provenance fields (the record has its own
/// columns for those).
/// </summary>
public static class RunRecorder
{
    /// <summary>The run database of a folder whose command keeps no database of its own.</summary>
    public const string FileName = "runs.sqlite";

    /// <summary>The file names a folder's run database may have, in the order they are preferred.</summary>
    public static readonly string[] DatabaseNames = ["calibration.sqlite", FileName];

    private static readonly string[] ProvenanceFields = ["edge_version", "git_commit", "command_line", "run_id", "started_utc", "inputs"];

    /// <summary>Records the invocation; returns the databases written.</summary>
    public static IReadOnlyList<string> Complete(RunProvenance provenance, string command, object settings, long? seed, string status)
    {
        ArgumentNullException.ThrowIfNull(provenance);
        var written = new List<string>();
        foreach (var folder in provenance.Outputs.GroupBy(p => Path.GetDirectoryName(p)!))
        {
            if (RecordedByCalibration(folder.Key, provenance.RunId))
            {
                continue;
            }

            string path = Path.Combine(folder.Key, FileName);
            using var database = RunDatabase.Open(path);
            if (database.HasRun(provenance.RunId))
            {
                continue;
            }

            string id = database.StartRun(command, settings, seed);
            database.FinishRun(id, status, Results(folder.Where(f => f.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && File.Exists(f)).ToList()));
            written.Add(path);
        }

        SqliteConnection.ClearAllPools();
        return written;
    }

    private static bool RecordedByCalibration(string folder, string runId)
    {
        string path = Path.Combine(folder, DatabaseNames[0]);
        if (!File.Exists(path))
        {
            return false;
        }

        using var database = RunDatabase.Open(path);
        return database.HasRun(runId);
    }

    /// <summary>The run databases in <paramref name="folder"/> and below (the deploy journal is not one).</summary>
    public static IReadOnlyList<string> FindDatabases(string folder) =>
        Directory.Exists(folder)
            ? DatabaseNames.SelectMany(n => Directory.EnumerateFiles(folder, n, SearchOption.AllDirectories)).Order(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>Every run recorded in <paramref name="folder"/> and below, newest first.</summary>
    public static IReadOnlyList<RunRecord> ReadAll(string folder)
    {
        var runs = new List<RunRecord>();
        foreach (var path in FindDatabases(folder))
        {
            using var database = RunDatabase.Open(path);
            runs.AddRange(database.Runs());
        }

        SqliteConnection.ClearAllPools();
        return runs.OrderByDescending(r => r.StartedUtc, StringComparer.Ordinal).ToList();
    }

    private static JsonNode? Results(IReadOnlyList<string> jsonFiles)
    {
        var parsed = new JsonObject();
        foreach (var file in jsonFiles)
        {
            JsonNode? node;
            try
            {
                node = JsonNode.Parse(File.ReadAllText(file));
            }
            catch (JsonException)
            {
                continue;
            }

            if (node is JsonObject json)
            {
                foreach (var field in ProvenanceFields)
                {
                    json.Remove(field);
                }
            }

            parsed[Path.GetFileName(file)] = node;
        }

        return parsed.Count == 1 ? parsed.First().Value?.DeepClone() : parsed.Count == 0 ? null : parsed;
    }
}
