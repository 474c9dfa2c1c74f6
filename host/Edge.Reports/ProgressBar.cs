// SPDX-License-Identifier: MIT
using System.Diagnostics;
using System.Globalization;

namespace Edge.Reports;

/// <summary>
/// Progress of a long job with a wall-clock ETA. On an interactive terminal it redraws one line at most ten times a
/// second; otherwise (a log file, a pipe, CI) it writes a plain line every few seconds, so a run that takes hours is
/// never silent. The shown percentage never goes backwards (a plan that grows mid-run holds it until the work
/// catches up). The ETA is wall time, what the user waits; device time, the board's clock, belongs in the detail
/// text and is labelled there.
/// </summary>
public sealed class ProgressBar : IDisposable
{
    private readonly TextWriter writer;
    private readonly string label;
    private readonly bool interactive;
    private readonly double lineIntervalSeconds;
    private readonly Stopwatch wall = Stopwatch.StartNew();
    private readonly Stopwatch sinceDraw = Stopwatch.StartNew();
    private double shown;
    private bool drawn;
    private bool lineWritten;

    /// <summary>Creates a bar on standard error: redrawn on a terminal, a line every 5 s when redirected.</summary>
    public ProgressBar(string label)
        : this(Console.Error, label, !Console.IsErrorRedirected)
    {
    }

    /// <summary>Creates a bar on <paramref name="writer"/>; <paramref name="interactive"/> redraws one line, otherwise plain lines.</summary>
    public ProgressBar(TextWriter writer, string label, bool interactive, double lineIntervalSeconds = 5)
    {
        this.writer = writer;
        this.label = label;
        this.interactive = interactive;
        this.lineIntervalSeconds = lineIntervalSeconds;
    }

    /// <summary>The percentage last shown, 0..100 (monotone).</summary>
    public double ShownPercent => shown * 100;

    /// <summary>Reports a completed fraction in [0, 1] and a detail text (e.g. "V = 2.0 V | device time 1h02m").</summary>
    public void Update(double fraction, string detail)
    {
        fraction = Math.Clamp(double.IsFinite(fraction) ? fraction : 0, 0, 1);
        shown = Math.Max(shown, fraction);
        double elapsed = wall.Elapsed.TotalSeconds;
        double eta = shown > 0 ? elapsed / shown * (1 - shown) : double.NaN;
        string times = $"wall {FormatDuration(elapsed)}, ETA {FormatDuration(eta)} (wall)";
        if (interactive)
        {
            if (drawn && sinceDraw.ElapsedMilliseconds < 100 && shown < 1)
            {
                return;
            }

            const int width = 30;
            int filled = (int)Math.Round(shown * width);
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"\r{label} [{new string('#', filled)}{new string('.', width - filled)}] {shown * 100,5:F1} % {detail} | {times}\u001b[K"));
            writer.Flush();
            drawn = true;
        }
        else
        {
            bool due = !lineWritten || sinceDraw.Elapsed.TotalSeconds >= lineIntervalSeconds;
            if (!due)
            {
                return;
            }

            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label}: {shown * 100:F1} % {detail} | {times}"));
            writer.Flush();
            lineWritten = true;
        }

        sinceDraw.Restart();
    }

    /// <summary>Reports <paramref name="done"/> of <paramref name="total"/> items with their rate per wall second.</summary>
    public void Update(long done, long total, string unit, string detail)
    {
        double elapsed = wall.Elapsed.TotalSeconds;
        string rate = elapsed > 0 ? string.Create(CultureInfo.InvariantCulture, $"{done / elapsed:G3} {unit}/s") : "-";
        Update(total > 0 ? (double)done / total : 1, string.Create(CultureInfo.InvariantCulture, $"{done}/{total} {unit} ({rate}){(detail.Length > 0 ? ", " + detail : string.Empty)}"));
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
