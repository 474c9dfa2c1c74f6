// SPDX-License-Identifier: MIT
using Edge.Reports;
using Xunit;

namespace Edge.Host.Tests.Reports;

/// <summary>Progress when the output is a log or a pipe: plain lines, wall-clock ETA, a percentage that never goes back.</summary>
public sealed class ProgressBarTests
{
    [Fact]
    public void Redirected_output_gets_plain_lines_with_wall_time_and_a_wall_clock_eta()
    {
        var log = new StringWriter();
        using (var bar = new ProgressBar(log, "deploy", interactive: false, lineIntervalSeconds: 0))
        {
            bar.Update(30, 100, "cells", "device time 2h00m");
            bar.Update(60, 100, "cells", "device time 4h00m");
        }

        var lines = log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("deploy: 30.0 % 30/100 cells (", lines[0], StringComparison.Ordinal);
        Assert.Contains("cells/s), device time 2h00m | wall ", lines[0], StringComparison.Ordinal);
        Assert.Contains("ETA ", lines[1], StringComparison.Ordinal);
        Assert.EndsWith("(wall)", lines[1].TrimEnd(), StringComparison.Ordinal);
        Assert.DoesNotContain('\r', log.ToString());
    }

    [Fact]
    public void Redirected_output_is_throttled_to_one_line_per_interval()
    {
        var log = new StringWriter();
        var bar = new ProgressBar(log, "calibrate", interactive: false, lineIntervalSeconds: 3600);
        for (int i = 1; i <= 50; i++)
        {
            bar.Update(i / 50.0, "sweep");
        }

        Assert.Single(log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Percentage_never_goes_backwards_when_the_plan_grows()
    {
        var log = new StringWriter();
        var bar = new ProgressBar(log, "calibrate", interactive: false, lineIntervalSeconds: 0);
        bar.Update(0.46, "sweeps done");
        bar.Update(0.296, "plan grew after the sweeps");
        Assert.Equal(46.0, bar.ShownPercent, 6);
        Assert.StartsWith("calibrate: 46.0 %", log.ToString().Split('\n')[1], StringComparison.Ordinal);
    }
}
