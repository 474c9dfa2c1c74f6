// SPDX-License-Identifier: MIT
namespace Edge.Host.Link;

/// <summary>Timing of a session: how long to wait for a reply, how often to retry, how often to poll a job.</summary>
public sealed record SessionOptions
{
    /// <summary>Base reply timeout (a command's own work is added to it).</summary>
    public TimeSpan ReplyTimeout { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Retries of one command with the same seq before the link is declared dead.</summary>
    public int Retries { get; init; } = 6;

    /// <summary>Interval between STATUS polls (= heartbeats) while a job runs; zero for the in-process board.</summary>
    public TimeSpan JobPollInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Factor on the extra reply time a command's own work adds (a pulse's width, a flash commit): 1 for real boards;
    /// 0 where the board does the work before the read returns (the in-process board), so a lost reply costs only
    /// <see cref="ReplyTimeout"/> before the retry instead of the work's worst-case time.
    /// </summary>
    public double WorkTimeoutScale { get; init; } = 1.0;

    /// <summary>Options for the in-process virtual board (no waiting: the board runs when asked).</summary>
    public static SessionOptions InProcess { get; } = new() { ReplyTimeout = TimeSpan.FromMilliseconds(50), JobPollInterval = TimeSpan.Zero };
}
