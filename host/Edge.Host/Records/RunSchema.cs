// SPDX-License-Identifier: MIT
using Microsoft.Data.Sqlite;

namespace Edge.Host.Records;

/// <summary>
/// The <c>runs</c> table's columns, shared by every run database (a calibration's, a deployment's, the run record of
/// fit and simulate). Databases written before the provenance columns existed gain them on open, empty.
/// </summary>
internal static class RunSchema
{
    private static readonly string[] ProvenanceColumns = ["command_line", "edge_version", "git_commit", "inputs_json", "outputs_json"];

    private const string Columns = "id, command, started_utc, finished_utc, status, seed, settings_json, results_json, command_line, edge_version, git_commit, inputs_json, outputs_json";

    public static void AddMissingColumns(SqliteConnection connection)
    {
        var present = new HashSet<string>(StringComparer.Ordinal);
        using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = "PRAGMA table_info(runs)";
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                present.Add(reader.GetString(1));
            }
        }

        foreach (var column in ProvenanceColumns.Where(c => !present.Contains(c)))
        {
            using var alter = connection.CreateCommand();
            alter.CommandText = $"ALTER TABLE runs ADD COLUMN {column} TEXT";
            alter.ExecuteNonQuery();
        }
    }

    public static IReadOnlyList<RunRecord> ReadAll(SqliteConnection connection, string path)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT {Columns} FROM runs ORDER BY started_utc DESC";
        using var reader = cmd.ExecuteReader();
        var runs = new List<RunRecord>();
        while (reader.Read())
        {
            string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
            runs.Add(new RunRecord
            {
                Id = reader.GetString(0),
                Command = reader.GetString(1),
                StartedUtc = reader.GetString(2),
                FinishedUtc = Text(3),
                Status = reader.GetString(4),
                Seed = reader.IsDBNull(5) ? null : reader.GetInt64(5),
                SettingsJson = reader.GetString(6),
                ResultsJson = Text(7),
                CommandLine = Text(8),
                EdgeVersion = Text(9),
                GitCommit = Text(10),
                InputsJson = Text(11),
                OutputsJson = Text(12),
                DatabasePath = path,
            });
        }

        return runs;
    }
}
