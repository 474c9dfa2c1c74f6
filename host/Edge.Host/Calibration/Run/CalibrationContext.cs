// SPDX-License-Identifier: MIT
using Edge.Host.Link;
using Edge.Host.Records;
using Edge.Reports;
using Edge.Shared.Formats;

namespace Edge.Host.Calibration.Run;

/// <summary>
/// What every calibration phase shares: the board, the settings, the run record with its checkpoints, the output
/// folder, cancellation and a progress bar whose ETA is in device time (hours on a real board).
/// </summary>
public sealed class CalibrationContext(BoardClient board, CalibrationSettings settings, RunDatabase database, string runId, string outDir, CancellationToken cancel)
{
    private readonly ProgressBar bar = new("calibrate");
    private double plannedDeviceSeconds = 1;
    private double doneDeviceSeconds;

    public BoardClient Board { get; } = board;

    public CalibrationSettings Settings { get; } = settings;

    public RunDatabase Database { get; } = database;

    public string RunId { get; } = runId;

    public string OutDir { get; } = outDir;

    public CancellationToken Cancel { get; } = cancel;

    /// <summary>
    /// Device seconds of the whole calibration by the board's clock: what this process measured plus what the resumed
    /// checkpoints recorded when they were measured (so a resumed run reports the same total as an uninterrupted one).
    /// </summary>
    public double DeviceSeconds { get; private set; }

    /// <summary>Called with the key of every checkpoint just saved (progress observers; tests interrupt with it).</summary>
    public Action<string>? CheckpointSaved { get; init; }

    /// <summary>Stable 32-bit calibration id stored in the tables.</summary>
    public uint CalibrationId => Edge.Shared.Protocol.Crc32.Compute(System.Text.Encoding.ASCII.GetBytes(RunId), 0, RunId.Length);

    /// <summary>Sets the device-time budget the ETA is computed from.</summary>
    public void Plan(double deviceSeconds) => plannedDeviceSeconds = Math.Max(1, deviceSeconds);

    /// <summary>
    /// One checkpointed condition: returns the saved result when <paramref name="key"/> was finished before (adding the
    /// device time it took then), otherwise runs the board operation (stopping first when cancelled), accounts its device
    /// time and saves result and time under the key.
    /// </summary>
    public T Checkpointed<T>(string key, string what, double plannedSeconds, Func<T> operation)
    {
        if (Database.TryLoadCheckpoint<Timed<T>>(RunId, key, out var saved))
        {
            DeviceSeconds += saved.DeviceSeconds;
            doneDeviceSeconds += plannedSeconds;
            return saved.Value;
        }

        Cancel.ThrowIfCancellationRequested();
        uint before = Board.Status().UptimeMs;
        T result = operation();
        double spent = (Board.Status().UptimeMs - before) / 1000.0;
        DeviceSeconds += spent;
        doneDeviceSeconds += plannedSeconds;
        double fraction = doneDeviceSeconds / plannedDeviceSeconds;
        double deviceLeft = doneDeviceSeconds > 0 ? DeviceSeconds / doneDeviceSeconds * (plannedDeviceSeconds - doneDeviceSeconds) : double.NaN;
        bar.Update(fraction, $"{what} | device time {ProgressBar.FormatDuration(DeviceSeconds)}, ~{ProgressBar.FormatDuration(deviceLeft)} device time left");
        Database.SaveCheckpoint(RunId, key, new Timed<T>(result, spent));
        CheckpointSaved?.Invoke(key);
        return result;
    }

    /// <summary>True when <paramref name="key"/> was finished by an earlier (interrupted) process of this run.</summary>
    public bool IsCheckpointed(string key) => Database.TryLoadCheckpoint<System.Text.Json.JsonElement>(RunId, key, out _);

    /// <summary>
    /// Drives the cell to the start state of <paramref name="direction"/> with the paper's +-6 V loop (Fig. 1d):
    /// <see cref="CalibrationSettings.InitPulses"/> pulses of the opposite polarity, then as many of the target's: HRS
    /// before potentiation (negative pulses raise R), LRS before depression. The opposite half matters: after 7 V
    /// pulses the state sits beyond the 6 V bound, which same-polarity 6 V pulses cannot pull back (they never cross
    /// their own bound), so the start would depend on the history.
    /// </summary>
    public void Initialise(Direction direction)
    {
        double volts = direction == Direction.Potentiation ? -Settings.InitVolts : Settings.InitVolts;
        var away = Board.Sweep(Settings.Cell, -volts, Settings.SweepWidthMs, Settings.InitPulses);
        CalibrationChecks.RequireOk(away, $"initialisation with {-volts:+0.0;-0.0} V");
        var outcome = Board.Sweep(Settings.Cell, volts, Settings.SweepWidthMs, Settings.InitPulses);
        CalibrationChecks.RequireOk(outcome, $"initialisation with {volts:+0.0;-0.0} V");
    }

    /// <summary>Finishes the progress line.</summary>
    public void Done() => bar.Dispose();

    /// <summary>A checkpointed result with the device time it took.</summary>
    private sealed record Timed<T>(T Value, double DeviceSeconds);
}
