// SPDX-License-Identifier: MIT
using System.Text.Json;
using Edge.Analog.Errors;
using Edge.Analog.Formats;
using Edge.Host.Formats;
using Edge.Host.Link;
using Edge.Reports;

namespace Edge.Host.Calibration.Run;

/// <summary>
/// A calibration of the default virtual device (the paper preset), made once and cached for commands that need
/// calibrated tables but were given none (<c>edge bench programming</c>, a default error model...). The cache lives in
/// <c>$EDGE_CACHE/calibration-default</c> when EDGE_CACHE is set, otherwise <c>~/.cache/edge/calibration-default</c>.
/// A cached folder is reused only when its marker records the same device, settings and builds of the code that made it
/// (calibration, device model, firmware core) and its table files parse; otherwise it is calibrated afresh into a sibling
/// folder and moved into place, so a crash never leaves half a cache.
/// </summary>
public static class DefaultCalibration
{
    /// <summary>The environment variable that moves the cache root.</summary>
    public const string EnvironmentVariable = "EDGE_CACHE";

    /// <summary>The cache folder's name under the cache root.</summary>
    public const string FolderName = "calibration-default";

    /// <summary>The marker file that says what the cached calibration was made from.</summary>
    public const string MarkerFile = "default-calibration.json";

    /// <summary>The device fingerprint <c>edge calibrate --sim</c> records for the built-in paper device.</summary>
    public const string DeviceFingerprint = "virtual:paper-tio2";

    /// <summary>Cells of the default virtual board: the array calibration covers them all, as many as the programming benchmark programs by default.</summary>
    public const int ArrayCells = 256;

    /// <summary>The default cache folder (not created).</summary>
    public static string CacheFolder()
    {
        var root = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(root))
        {
            root = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "edge");
        }

        return Path.Combine(root, FolderName);
    }

    /// <summary>
    /// Returns a calibration folder of the paper device with <paramref name="settings"/> (default: the paper's
    /// settings), calibrating the in-process virtual board first when the cache does not hold a matching one.
    /// </summary>
    /// <param name="log">Where to say what happens (reuse, or calibrating and how long it took).</param>
    /// <param name="boards">Boards of the paper device (the composition root builds them).</param>
    /// <param name="folder">The cache folder; null = <see cref="CacheFolder"/>.</param>
    /// <param name="settings">Calibration settings; null = <see cref="CalibrationSettings"/> defaults.</param>
    /// <returns>The folder holding summary.json, table-set.bin, ffp-table.bin and levels-&lt;n&gt;-&lt;direction&gt;.bin.</returns>
    /// <exception cref="EdgeException">The calibration failed or the folder cannot be written.</exception>
    public static string GetOrCreate(TextWriter log, IBoardFactory boards, string? folder = null, CalibrationSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(boards);
        folder = Path.GetFullPath(folder ?? CacheFolder());
        settings ??= new CalibrationSettings();
        var marker = new Marker(DeviceFingerprint, boards.DeviceJson, JsonSerializer.Serialize(settings, JsonFiles.Options), HostBuild(boards));
        if (IsValid(folder, marker))
        {
            log.WriteLine($"Using the cached calibration of the default virtual device in {folder}.");
            return folder;
        }

        log.WriteLine($"No cached calibration of the default virtual device in {folder}; calibrating the virtual board (paper TiO2-x device) once.");
        string parent = Path.GetDirectoryName(folder) ?? ".";
        string temp = Path.Combine(parent, $"{Path.GetFileName(folder)}.{Environment.ProcessId}.tmp");
        try
        {
            Directory.CreateDirectory(parent);
            if (Directory.Exists(temp))
            {
                Directory.Delete(temp, recursive: true);
            }

            Calibrate(temp, settings, boards, log);
            JsonFiles.Write(Path.Combine(temp, MarkerFile), marker);
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            Directory.Move(temp, folder);
        }
        catch (IOException) when (IsValid(folder, marker))
        {
            // Another process finished the same calibration first: use theirs.
            TryDelete(temp);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            throw new EdgeException(ExitCode.BadInput, $"{folder}: cannot write the default calibration cache: {ex.Message}. Set {EnvironmentVariable} to a writable folder, or pass --calibration DIR.", ex);
        }

        return folder;
    }

    private static void Calibrate(string outDir, CalibrationSettings settings, IBoardFactory boards, TextWriter log)
    {
        var board = boards.Create(Math.Max(ArrayCells, settings.Cell + 1));
        var session = new BoardSession(board.Transport, SessionOptions.InProcess);
        using var client = new BoardClient(session);
        session.Connect();
        var summary = new CalibrationRunner(client, settings, outDir, DeviceFingerprint, log).Run(resume: false);
        log.WriteLine($"Calibrated in {summary.SecondsWall:F1} s (device time {summary.DeviceSeconds / 3600:F1} h).");
    }

    private static bool IsValid(string folder, Marker expected)
    {
        string markerPath = Path.Combine(folder, MarkerFile);
        if (!File.Exists(markerPath) || !File.Exists(Path.Combine(folder, CalibrationFolder.SummaryFileName)))
        {
            return false;
        }

        try
        {
            if (JsonFiles.Read<Marker>(markerPath) != expected)
            {
                return false;
            }

            TableFiles.ReadTableSet(Path.Combine(folder, "table-set.bin"));
            return true;
        }
        catch (EdgeException)
        {
            return false;
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // Leftover temp folders are harmless: the next run deletes its own.
        }
    }

    /// <summary>
    /// The builds of the code a calibration depends on (module version ids of the deterministic host, device-model and
    /// firmware assemblies): they change only when that code does, so a cache made by another version is never reused.
    /// </summary>
    private static string HostBuild(IBoardFactory boards) => $"{typeof(DefaultCalibration).Assembly.ManifestModule.ModuleVersionId}/{boards.Build}";

    /// <summary>What a cached calibration was made from.</summary>
    private sealed record Marker(string DeviceFingerprint, string DeviceJson, string SettingsJson, string HostBuild);
}
