// SPDX-License-Identifier: MIT
using System.Reflection;
using System.Text.Json;
using Edge.Analog.Errors;
using Edge.Analog.Formats;
using Edge.Reports;
using Microsoft.Data.Sqlite;

namespace Edge.Host.Records;

/// <summary>
/// The run record every long command leaves (ARCHITECTURE.md: settings, versions, seeds and results in SQLite), plus
/// its checkpoints: one row per completed condition, committed before the next one starts, so an interrupted run
/// resumes without repeating finished work. WAL journal with synchronous=FULL: a committed checkpoint survives a
/// crash or power loss.
/// </summary>
public sealed class RunDatabase : IDisposable
{
    private readonly SqliteConnection connection;

    private RunDatabase(SqliteConnection connection, string path)
    {
        this.connection = connection;
        Path = path;
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>Opens (creating if needed) the database at <paramref name="path"/>.</summary>
    public static RunDatabase Open(string path)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;");
            Execute(connection, """
                CREATE TABLE IF NOT EXISTS runs (
                    id TEXT PRIMARY KEY, command TEXT NOT NULL, started_utc TEXT NOT NULL, finished_utc TEXT,
                    status TEXT NOT NULL, seed INTEGER, settings_json TEXT NOT NULL, versions_json TEXT NOT NULL,
                    results_json TEXT, command_line TEXT, edge_version TEXT, git_commit TEXT, inputs_json TEXT,
                    outputs_json TEXT);
                CREATE TABLE IF NOT EXISTS checkpoints (
                    run_id TEXT NOT NULL, key TEXT NOT NULL, value_json TEXT NOT NULL, completed_utc TEXT NOT NULL,
                    PRIMARY KEY (run_id, key));
                CREATE TABLE IF NOT EXISTS events (
                    run_id TEXT NOT NULL, at_utc TEXT NOT NULL, kind TEXT NOT NULL, detail TEXT NOT NULL);
                """);
            RunSchema.AddMissingColumns(connection);
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new EdgeException(ExitCode.BadInput, $"{path}: not a usable Edge run database ({ex.Message}).", ex);
        }

        return new RunDatabase(connection, path);
    }

    /// <summary>Versions recorded with every run: Edge, .NET and the OS.</summary>
    public static Dictionary<string, string> Versions() => new()
    {
        ["edge"] = typeof(RunDatabase).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "dev",
        ["dotnet"] = Environment.Version.ToString(),
        ["os"] = System.Runtime.InteropServices.RuntimeInformation.OSDescription,
    };

    /// <summary>
    /// Starts a run and returns its id: the invocation's run id (<see cref="RunProvenance"/>) unless this database
    /// already holds it, with the invocation's command line, version, commit and inputs.
    /// </summary>
    public string StartRun(string command, object settings, long? seed)
    {
        var provenance = RunProvenance.Current;
        string id = provenance.FromCommandLine && !HasRun(provenance.RunId) ? provenance.RunId : Guid.NewGuid().ToString("N");
        using var cmd = connection.CreateCommand();
        cmd.CommandText = """
            INSERT INTO runs (id, command, started_utc, status, seed, settings_json, versions_json, command_line, edge_version, git_commit, inputs_json)
            VALUES ($id, $c, $t, 'running', $s, $settings, $v, $cl, $ev, $gc, $in)
            """;
        cmd.Parameters.AddWithValue("$id", id);
        cmd.Parameters.AddWithValue("$c", command);
        cmd.Parameters.AddWithValue("$t", provenance.StartedUtc.ToString("O"));
        cmd.Parameters.AddWithValue("$s", (object?)seed ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$settings", JsonSerializer.Serialize(settings, JsonFiles.Options));
        cmd.Parameters.AddWithValue("$v", JsonSerializer.Serialize(Versions(), JsonFiles.Options));
        cmd.Parameters.AddWithValue("$cl", provenance.CommandLine);
        cmd.Parameters.AddWithValue("$ev", provenance.EdgeVersion);
        cmd.Parameters.AddWithValue("$gc", provenance.GitCommit);
        cmd.Parameters.AddWithValue("$in", JsonSerializer.Serialize(provenance.Inputs, JsonFiles.Options));
        cmd.ExecuteNonQuery();
        return id;
    }

    /// <summary>True when a run with this id is recorded here.</summary>
    public bool HasRun(string runId)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT COUNT(*) FROM runs WHERE id = $id";
        cmd.Parameters.AddWithValue("$id", runId);
        return Convert.ToInt32(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    /// <summary>Every run recorded here, newest first.</summary>
    public IReadOnlyList<RunRecord> Runs() => RunSchema.ReadAll(connection, Path);

    /// <summary>The most recent run of <paramref name="command"/>, or null.</summary>
    public (string Id, string SettingsJson, string Status)? LatestRun(string command)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT id, settings_json, status FROM runs WHERE command = $c ORDER BY started_utc DESC LIMIT 1";
        cmd.Parameters.AddWithValue("$c", command);
        using var reader = cmd.ExecuteReader();
        return reader.Read() ? (reader.GetString(0), reader.GetString(1), reader.GetString(2)) : null;
    }

    /// <summary>Marks a run finished with its results.</summary>
    public void FinishRun(string runId, string status, object? results)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "UPDATE runs SET finished_utc = $t, status = $s, results_json = $r, inputs_json = $in, outputs_json = $out WHERE id = $id";
        var provenance = RunProvenance.Current;
        cmd.Parameters.AddWithValue("$in", JsonSerializer.Serialize(provenance.Inputs, JsonFiles.Options));
        cmd.Parameters.AddWithValue("$out", JsonSerializer.Serialize(provenance.Outputs, JsonFiles.Options));
        cmd.Parameters.AddWithValue("$t", DateTime.UtcNow.ToString("O"));
        cmd.Parameters.AddWithValue("$s", status);
        cmd.Parameters.AddWithValue("$r", results is null ? DBNull.Value : JsonSerializer.Serialize(results, JsonFiles.Options));
        cmd.Parameters.AddWithValue("$id", runId);
        cmd.ExecuteNonQuery();
    }

    /// <summary>Commits a completed condition (replaces an earlier value under the same key).</summary>
    public void SaveCheckpoint<T>(string runId, string key, T value)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "INSERT OR REPLACE INTO checkpoints (run_id, key, value_json, completed_utc) VALUES ($id, $k, $v, $t)";
        cmd.Parameters.AddWithValue("$id", runId);
        cmd.Parameters.AddWithValue("$k", key);
        cmd.Parameters.AddWithValue("$v", JsonSerializer.Serialize(value, JsonFiles.Options));
        cmd.Parameters.AddWithValue("$t", DateTime.UtcNow.ToString("O"));
        cmd.ExecuteNonQuery();
    }

    /// <summary>Reads a checkpoint, or default when the condition has not completed.</summary>
    public bool TryLoadCheckpoint<T>(string runId, string key, out T value)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT value_json FROM checkpoints WHERE run_id = $id AND key = $k";
        cmd.Parameters.AddWithValue("$id", runId);
        cmd.Parameters.AddWithValue("$k", key);
        if (cmd.ExecuteScalar() is string json)
        {
            value = JsonSerializer.Deserialize<T>(json, JsonFiles.Options)!;
            return true;
        }

        value = default!;
        return false;
    }

    /// <summary>Number of checkpoints a run has.</summary>
    public int CheckpointCount(string runId)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT COUNT(*) FROM checkpoints WHERE run_id = $id";
        cmd.Parameters.AddWithValue("$id", runId);
        return Convert.ToInt32(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Appends an event (resume, link loss, warnings) to the run's history.</summary>
    public void LogEvent(string runId, string kind, string detail)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "INSERT INTO events (run_id, at_utc, kind, detail) VALUES ($id, $t, $k, $d)";
        cmd.Parameters.AddWithValue("$id", runId);
        cmd.Parameters.AddWithValue("$t", DateTime.UtcNow.ToString("O"));
        cmd.Parameters.AddWithValue("$k", kind);
        cmd.Parameters.AddWithValue("$d", detail);
        cmd.ExecuteNonQuery();
    }

    /// <inheritdoc/>
    public void Dispose() => connection.Dispose();

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
