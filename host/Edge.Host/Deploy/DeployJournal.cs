// SPDX-License-Identifier: MIT
using Edge.Analog.Errors;
using Edge.Analog.Plan;
using Microsoft.Data.Sqlite;

namespace Edge.Host.Deploy;

/// <summary>State of a device in the journal.</summary>
public enum DeviceStatus
{
    /// <summary>Not sent yet.</summary>
    Pending = 0,

    /// <summary>Sent in a batch whose outcome is unknown (a crash or lost link): re-sent on resume; the board's
    /// feedforward PROGRAM_LEVEL re-reads the cell and applies nothing to one already at its level.</summary>
    InFlight = 1,

    /// <summary>Reached its level (the board said Ok).</summary>
    Done = 2,

    /// <summary>Did not reach its level within the bounded pulses: reported, never silently accepted.</summary>
    Failed = 3,
}

/// <summary>
/// The deployment journal (SQLite, WAL, synchronous=FULL): the plan's identity, every device with its target and
/// status, tile progress and read-back values. One transaction per batch; the board's state is the truth on resume.
/// </summary>
public sealed class DeployJournal : IDisposable
{
    private readonly SqliteConnection connection;

    private DeployJournal(SqliteConnection connection, string path)
    {
        this.connection = connection;
        Path = path;
    }

    /// <summary>The journal file.</summary>
    public string Path { get; }

    /// <summary>Opens or creates a journal.</summary>
    public static DeployJournal Open(string path)
    {
        string? dir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;");
            Execute(connection, """
                CREATE TABLE IF NOT EXISTS identity (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                CREATE TABLE IF NOT EXISTS devices (
                    id INTEGER PRIMARY KEY, layer INTEGER NOT NULL, position INTEGER NOT NULL, minus INTEGER NOT NULL,
                    level INTEGER NOT NULL, program_level INTEGER NOT NULL, target_ohm REAL NOT NULL,
                    tile INTEGER NOT NULL, cell INTEGER NOT NULL, status INTEGER NOT NULL DEFAULT 0,
                    attempts INTEGER NOT NULL DEFAULT 0, pulses INTEGER NOT NULL DEFAULT 0, readback_ohm REAL, job INTEGER);
                CREATE INDEX IF NOT EXISTS devices_tile ON devices (tile, status);
                CREATE TABLE IF NOT EXISTS tiles (tile INTEGER PRIMARY KEY, stage INTEGER NOT NULL DEFAULT 0);
                CREATE TABLE IF NOT EXISTS events (at_utc TEXT NOT NULL, kind TEXT NOT NULL, detail TEXT NOT NULL);
                """);
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new EdgeException(ExitCode.BadInput, $"{path}: not a usable deployment journal ({ex.Message}).", ex);
        }

        return new DeployJournal(connection, path);
    }

    /// <summary>The board identity recorded for the in-process virtual board, which does not outlive its host.</summary>
    public const string InProcessBoard = "virtual-in-process";

    /// <summary>The board identity prefix of an in-process virtual board whose cells are saved beside the journal (so it can be resumed).</summary>
    public const string SavedVirtualBoard = "virtual-saved";

    /// <summary>
    /// Binds the journal to a plan: writes it when the journal is new; otherwise, with <paramref name="resume"/>, checks
    /// that plan, board, table set and scheme are the journal's (refusing with <see cref="ExitCode.Mismatch"/> and
    /// changing nothing if not). Returns true when resuming.
    /// </summary>
    public bool OpenFor(DeployPlan plan, IReadOnlyDictionary<string, string> identity, int cellsPerTile, bool resume)
    {
        if (!HasPlan)
        {
            WritePlan(plan, identity, cellsPerTile);
            return false;
        }

        if (!resume)
        {
            throw new EdgeException(ExitCode.Usage, $"{Path} already holds a deployment. Continue it with --resume, or choose another --journal; nothing was changed.");
        }

        if (identity.TryGetValue("board", out var board) && board == InProcessBoard)
        {
            throw new EdgeException(ExitCode.Mismatch, $"{Path}: the in-process virtual board did not survive the process that started this deployment, so there is nothing on it to resume. Serve a virtual board with 'edge board serve --tcp PORT' (it outlives the host) for resumable deployments, or start a new --journal.");
        }

        foreach (var (key, value) in identity)
        {
            string? saved = Identity(key);
            if (saved != value)
            {
                string what = key switch
                {
                    "plan_hash" => "another plan (weights, bits, range or cell scheme differ)",
                    "board" => $"board {saved}, but the connected board is {value}",
                    "table_crc" => $"table set {saved}, but the board holds {value} (another calibration or table generation)",
                    _ => $"{key} {saved}, now {value}",
                };
                throw new EdgeException(ExitCode.Mismatch, $"{Path}: this journal is for {what}. Refusing to resume; nothing was changed.");
            }
        }

        LogEvent("resume", "resumed");
        return true;
    }

    /// <summary>True when the journal already holds a plan.</summary>
    public bool HasPlan => Scalar("SELECT COUNT(*) FROM devices") > 0;

    /// <summary>Reads an identity value (plan hash, board id, ...), or null.</summary>
    public string? Identity(string key)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT value FROM identity WHERE key = $k";
        cmd.Parameters.AddWithValue("$k", key);
        return cmd.ExecuteScalar() as string;
    }

    /// <summary>Writes the plan: identity and every device with its tile and cell, in one transaction.</summary>
    public void WritePlan(DeployPlan plan, IReadOnlyDictionary<string, string> identity, int cellsPerTile)
    {
        using var tx = connection.BeginTransaction();
        foreach (var (key, value) in identity)
        {
            Command(tx, "INSERT OR REPLACE INTO identity (key, value) VALUES ($k, $v)", ("$k", key), ("$v", value)).ExecuteNonQuery();
        }

        using var insert = Command(tx, "INSERT INTO devices (id, layer, position, minus, level, program_level, target_ohm, tile, cell) VALUES ($id, $l, $p, $m, $lv, $pl, $t, $tile, $cell)");
        var parameters = new[] { "$id", "$l", "$p", "$m", "$lv", "$pl", "$t", "$tile", "$cell" }.Select(n => insert.Parameters.Add(n, SqliteType.Integer)).ToArray();
        parameters[6].SqliteType = SqliteType.Real;
        for (int i = 0; i < plan.Devices.Count; i++)
        {
            var d = plan.Devices[i];
            parameters[0].Value = i;
            parameters[1].Value = d.Layer;
            parameters[2].Value = d.Position;
            parameters[3].Value = d.Minus ? 1 : 0;
            parameters[4].Value = d.Level;
            parameters[5].Value = d.ProgramLevel;
            parameters[6].Value = d.TargetOhms;
            parameters[7].Value = i / cellsPerTile;
            parameters[8].Value = i % cellsPerTile;
            insert.ExecuteNonQuery();
        }

        int tiles = (plan.Devices.Count + cellsPerTile - 1) / cellsPerTile;
        for (int t = 0; t < tiles; t++)
        {
            Command(tx, "INSERT INTO tiles (tile) VALUES ($t)", ("$t", t)).ExecuteNonQuery();
        }

        tx.Commit();
    }

    /// <summary>Tile stage: 0 pending, 1 cells initialised, 2 programmed, 3 read back.</summary>
    public int TileStage(int tile) => (int)Scalar("SELECT stage FROM tiles WHERE tile = $t", ("$t", tile));

    /// <summary>Number of tiles.</summary>
    public int TileCount => (int)Scalar("SELECT COUNT(*) FROM tiles");

    /// <summary>Advances a tile's stage.</summary>
    public void SetTileStage(int tile, int stage)
    {
        using var cmd = Command(null, "UPDATE tiles SET stage = $s WHERE tile = $t", ("$s", stage), ("$t", tile));
        cmd.ExecuteNonQuery();
    }

    /// <summary>
    /// Devices of a tile not done or failed yet (pending and in-flight), in id order: (id, cell, program level, the
    /// board job an in-flight device was sent in, or null).
    /// </summary>
    public List<(long Id, int Cell, int ProgramLevel, int? Job, int Attempts)> Unfinished(int tile)
    {
        using var cmd = Command(null, "SELECT id, cell, program_level, CASE WHEN status = 1 THEN job END, attempts FROM devices WHERE tile = $t AND status IN (0, 1) ORDER BY id", ("$t", tile));
        using var reader = cmd.ExecuteReader();
        var list = new List<(long, int, int, int?, int)>();
        while (reader.Read())
        {
            list.Add((reader.GetInt64(0), reader.GetInt32(1), reader.GetInt32(2), reader.IsDBNull(3) ? null : reader.GetInt32(3), reader.GetInt32(4)));
        }

        return list;
    }

    /// <summary>Records the board job an in-flight batch runs as (one transaction).</summary>
    public void SetJob(IEnumerable<long> ids, int job)
    {
        using var tx = connection.BeginTransaction();
        using var cmd = Command(tx, "UPDATE devices SET job = $j WHERE id = $id");
        cmd.Parameters.AddWithValue("$j", job);
        var p = cmd.Parameters.Add("$id", SqliteType.Integer);
        foreach (long id in ids)
        {
            p.Value = id;
            cmd.ExecuteNonQuery();
        }

        tx.Commit();
    }

    /// <summary>Cells of a tile (all devices), in id order.</summary>
    public List<(long Id, int Cell)> TileCells(int tile)
    {
        using var cmd = Command(null, "SELECT id, cell FROM devices WHERE tile = $t ORDER BY id", ("$t", tile));
        using var reader = cmd.ExecuteReader();
        var list = new List<(long, int)>();
        while (reader.Read())
        {
            list.Add((reader.GetInt64(0), reader.GetInt32(1)));
        }

        return list;
    }

    /// <summary>Marks a batch in flight (one transaction, before it is sent).</summary>
    public void MarkInFlight(IEnumerable<long> ids)
    {
        using var tx = connection.BeginTransaction();
        using var cmd = Command(tx, "UPDATE devices SET status = 1, attempts = attempts + 1, job = NULL WHERE id = $id");
        var p = cmd.Parameters.Add("$id", SqliteType.Integer);
        foreach (long id in ids)
        {
            p.Value = id;
            cmd.ExecuteNonQuery();
        }

        tx.Commit();
    }

    /// <summary>Records a finished batch (one transaction): status, pulses added, last read.</summary>
    public void MarkFinished(IEnumerable<(long Id, bool Ok, int Pulses, double LastOhms)> results)
    {
        using var tx = connection.BeginTransaction();
        using var cmd = Command(tx, "UPDATE devices SET status = $s, pulses = pulses + $p WHERE id = $id");
        var s = cmd.Parameters.Add("$s", SqliteType.Integer);
        var pulses = cmd.Parameters.Add("$p", SqliteType.Integer);
        var id = cmd.Parameters.Add("$id", SqliteType.Integer);
        foreach (var r in results)
        {
            s.Value = r.Ok ? (int)DeviceStatus.Done : (int)DeviceStatus.Failed;
            pulses.Value = r.Pulses;
            id.Value = r.Id;
            cmd.ExecuteNonQuery();
        }

        tx.Commit();
    }

    /// <summary>Stores read-back resistances (one transaction).</summary>
    public void StoreReadback(IEnumerable<(long Id, double Ohms)> values)
    {
        using var tx = connection.BeginTransaction();
        using var cmd = Command(tx, "UPDATE devices SET readback_ohm = $r WHERE id = $id");
        var r = cmd.Parameters.Add("$r", SqliteType.Real);
        var id = cmd.Parameters.Add("$id", SqliteType.Integer);
        foreach (var v in values)
        {
            r.Value = v.Ohms;
            id.Value = v.Id;
            cmd.ExecuteNonQuery();
        }

        tx.Commit();
    }

    /// <summary>Every device's final record, in id order.</summary>
    public List<(DeviceStatus Status, int Pulses, double? ReadbackOhms)> Results()
    {
        using var cmd = Command(null, "SELECT status, pulses, readback_ohm FROM devices ORDER BY id");
        using var reader = cmd.ExecuteReader();
        var list = new List<(DeviceStatus, int, double?)>();
        while (reader.Read())
        {
            list.Add(((DeviceStatus)reader.GetInt32(0), reader.GetInt32(1), reader.IsDBNull(2) ? null : reader.GetDouble(2)));
        }

        return list;
    }

    /// <summary>
    /// A summary of the journal's progress (sends, finished devices, pulses, read-backs, tile stages) that changes with
    /// every batch: state saved beside the journal (the in-process board's cells) records it, and a resume accepts that
    /// state only when the journal has not moved on since.
    /// </summary>
    public string ProgressMark()
    {
        using var cmd = Command(null, "SELECT COUNT(*), COALESCE(SUM(attempts), 0), COALESCE(SUM(status), 0), COALESCE(SUM(pulses), 0), COUNT(readback_ohm), (SELECT COALESCE(SUM(stage), 0) FROM tiles) FROM devices");
        using var reader = cmd.ExecuteReader();
        reader.Read();
        return string.Join('/', Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetInt64(i).ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>Every device's selected level, target (the reached resistance of its calibrated level) and read-back, in id order.</summary>
    public List<(int Level, double TargetOhms, double? ReadbackOhms)> Readbacks()
    {
        using var cmd = Command(null, "SELECT level, target_ohm, readback_ohm FROM devices ORDER BY id");
        using var reader = cmd.ExecuteReader();
        var list = new List<(int, double, double?)>();
        while (reader.Read())
        {
            list.Add((reader.GetInt32(0), reader.GetDouble(1), reader.IsDBNull(2) ? null : reader.GetDouble(2)));
        }

        return list;
    }

    /// <summary>Appends an event (resume, link loss).</summary>
    public void LogEvent(string kind, string detail)
    {
        using var cmd = Command(null, "INSERT INTO events (at_utc, kind, detail) VALUES ($t, $k, $d)", ("$t", DateTime.UtcNow.ToString("O")), ("$k", kind), ("$d", detail));
        cmd.ExecuteNonQuery();
    }

    /// <inheritdoc/>
    public void Dispose() => connection.Dispose();

    private long Scalar(string sql, params (string Name, object Value)[] parameters)
    {
        using var cmd = Command(null, sql, parameters);
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private SqliteCommand Command(SqliteTransaction? tx, string sql, params (string Name, object Value)[] parameters)
    {
        var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            cmd.Parameters.AddWithValue(name, value);
        }

        return cmd;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
