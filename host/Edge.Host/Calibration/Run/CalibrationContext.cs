// SPDX-License-Identifier: MIT
using Edge.Host.Link;
using Edge.Host.Records;
using Edge.Host.Reports;
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

    /// <summary>Device seconds measured by the board's clock during this process.</summary>
    public double DeviceSeconds { get; private set; }

    /// <summary>Stable 32-bit calibration id stored in the tables.</summary>
    public uint CalibrationId => Edge.Shared.Protocol.Crc32.Compute(System.Text.Encoding.ASCII.GetBytes(RunId), 0, RunId.Length);

    /// <summary>Sets the device-time budget the ETA is computed from.</summary>
    public void Plan(double deviceSeconds) => plannedDeviceSeconds = Math.Max(1, deviceSeconds);

    /// <summary>Runs a board operation, accounting its device time, and stops between conditions when cancelled.</summary>
    public T Measure<T>(string what, double plannedSeconds, Func<T> operation)
    {
        Cancel.ThrowIfCancellationRequested();
        uint before = Board.Status().UptimeMs;
        T result = operation();
        double spent = (Board.Status().UptimeMs - before) / 1000.0;
        DeviceSeconds += spent;
        doneDeviceSeconds += plannedSeconds;
        double fraction = doneDeviceSeconds / plannedDeviceSeconds;
        double eta = doneDeviceSeconds > 0 ? DeviceSeconds / doneDeviceSeconds * (plannedDeviceSeconds - doneDeviceSeconds) : double.NaN;
        bar.Update(fraction, $"{what} | device time {ProgressBar.FormatDuration(DeviceSeconds)}, ETA {ProgressBar.FormatDuration(eta)}");
        return result;
    }

    /// <summary>Counts a skipped (checkpointed) condition toward the progress.</summary>
    public void Skip(double plannedSeconds) => doneDeviceSeconds += plannedSeconds;

    /// <summary>Drives the cell to the start state of <paramref name="direction"/> (paper: +-6 V loops): HRS before
    /// potentiation (negative pulses raise R), LRS before depression.</summary>
    public void Initialise(Direction direction)
    {
        double volts = direction == Direction.Potentiation ? -Settings.InitVolts : Settings.InitVolts;
        var outcome = Board.Sweep(Settings.Cell, volts, Settings.SweepWidthMs, Settings.InitPulses);
        CalibrationChecks.RequireOk(outcome, $"initialisation with {volts:+0.0;-0.0} V");
    }

    /// <summary>Finishes the progress line.</summary>
    public void Done() => bar.Dispose();
}
