// SPDX-License-Identifier: MIT
using System.Diagnostics;

namespace Edge.Reports;

/// <summary>
/// A one-line progress bar with an ETA for long jobs. It draws only on an interactive terminal (so logs, pipes and
/// tests stay clean) and at most ten times a second. The ETA can be in device time: a calibration's hours are the
/// board's hours, not the virtual board's seconds.
/// </summary>
public sealed class ProgressBar : IDisposable
{
    private readonly TextWriter writer;
    private readonly string label;
    private readonly bool enabled;
    private readonly Stopwatch sinceDraw = Stopwatch.StartNew();
    private bool drawn;

    /// <summary>Creates a bar on standard error (drawn only when it is a terminal).</summary>
    public ProgressBar(string label)
        : this(Console.Error, label, !Console.IsErrorRedirected)
    {
    }

    /// <summary>Creates a bar on <paramref name="writer"/>.</summary>
    public ProgressBar(TextWriter writer, string label, bool enabled)
    {
        this.writer = writer;
        this.label = label;
        this.enabled = enabled;
    }

    /// <summary>Redraws with a completed fraction in [0, 1] and a detail text (e.g. "V = 2.0 V, device ETA 1h02m").</summary>
    public void Update(double fraction, string detail)
    {
        if (!enabled || (drawn && sinceDraw.ElapsedMilliseconds < 100 && fraction < 1))
        {
            return;
        }

        fraction = Math.Clamp(double.IsFinite(fraction) ? fraction : 0, 0, 1);
        const int width = 30;
        int filled = (int)Math.Round(fraction * width);
        writer.Write($"\r{label} [{new string('#', filled)}{new string('.', width - filled)}] {fraction * 100,5:F1} % {detail}\u001b[K");
        writer.Flush();
        drawn = true;
        sinceDraw.Restart();
    }

    /// <summary>Formats a duration for ETAs (e.g. "3h05m", "42s").</summary>
    public static string FormatDuration(double seconds)
    {
        if (!double.IsFinite(seconds) || seconds < 0)
        {
            return "?";
        }

        var t = TimeSpan.FromSeconds(seconds);
        return t.TotalHours >= 1 ? $"{(int)t.TotalHours}h{t.Minutes:D2}m" : t.TotalMinutes >= 1 ? $"{t.Minutes}m{t.Seconds:D2}s" : $"{t.Seconds}s";
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (drawn)
        {
            writer.WriteLine();
        }
    }
}
