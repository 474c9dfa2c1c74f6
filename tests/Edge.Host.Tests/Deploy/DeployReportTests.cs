// SPDX-License-Identifier: MIT
using Edge.Host.Deploy;
using Xunit;

namespace Edge.Host.Tests.Deploy;

/// <summary>What the deploy report says about the level error against the error model's prediction.</summary>
public sealed class DeployReportTests
{
    [Theory]
    [InlineData(0.00127, 0.00125, false)] // 2 % over: the model's accuracy, not a finding
    [InlineData(0.119, 0.100, false)]
    [InlineData(0.121, 0.100, true)]
    [InlineData(0.975, 0.156, true)]
    public void The_level_error_is_reported_above_the_prediction_only_beyond_20_percent(double measured, double predicted, bool above)
    {
        var report = new DeployReport
        {
            Cells = 10, Scheme = "ffp-seek", PulsesTotal = 70, PulsesPerCellMean = 7, PulsesPerCellP99 = 19, LevelErrorRms = measured,
            WithinHalfLevel = 1, CellsFailed = 0, CellsUnread = 0, DeviceSeconds = 5, SecondsWall = 1, DigitalAccuracy = 0.95,
            SimulatedAccuracy = 0.91, ReadbackAccuracy = 0.91, Resumed = false, Levels = 8, TableGeneration = 1, PlanHash = "h",
            PredictedLevelErrorRms = predicted,
        };

        Assert.Equal(above, report.LevelErrorAbovePrediction);
    }
}
