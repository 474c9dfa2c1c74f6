// SPDX-License-Identifier: MIT
namespace Edge.Host.Link;

/// <summary>
/// Device time of a long run that cannot wrap: the board's uptime is a 32-bit millisecond counter (it wraps every
/// 49.7 days), so the meter adds the difference between consecutive readings (unsigned, so one wrap between two
/// readings still gives the right difference) to a double. Call <see cref="Mark"/> after every command that can take
/// long (a batch, an initialisation); any one interval must stay below 49.7 days, which the board's pulse bound per
/// command (2048 pulses of at most 5 s) guarantees.
/// </summary>
public sealed class DeviceTimeMeter
{
    private readonly BoardClient board;
    private uint lastMs;

    /// <summary>Starts the meter at the board's present uptime.</summary>
    public DeviceTimeMeter(BoardClient board)
    {
        ArgumentNullException.ThrowIfNull(board);
        this.board = board;
        lastMs = board.Status().UptimeMs;
    }

    /// <summary>Device seconds since the meter started.</summary>
    public double Seconds { get; private set; }

    /// <summary>Reads the board's uptime and adds the time since the last reading.</summary>
    public void Mark() => Add(board.Status().UptimeMs);

    /// <summary>Adds the time from the last reading to <paramref name="uptimeMs"/> (wrap-safe).</summary>
    public void Add(uint uptimeMs)
    {
        Seconds += unchecked(uptimeMs - lastMs) / 1000.0;
        lastMs = uptimeMs;
    }
}
