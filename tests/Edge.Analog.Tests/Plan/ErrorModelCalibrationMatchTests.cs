// SPDX-License-Identifier: MIT
using Edge.Analog.ErrorModel;
using Edge.Analog.Errors;
using Edge.Analog.Plan;
using Edge.Shared.Formats;
using Xunit;

namespace Edge.Analog.Tests.Plan;

public class ErrorModelCalibrationMatchTests
{
    private static readonly CalibrationLevels FourLevels = new(Direction.Potentiation, [880, 840, 800, 760], [879.9, 840.1, 800.0, 760.2], [0, 1, 2, 3]);

    [Fact]
    public void A_model_with_another_level_count_is_refused_naming_both_counts()
    {
        var model = SyntheticErrorModels.Realistic(8, seed: 1);

        var ex = Assert.Throws<EdgeException>(() => ErrorModelCalibrationMatch.Require(model, "m.json", FourLevels, "cal"));

        Assert.Equal(ExitCode.BadInput, ex.ExitCode);
        Assert.Contains("has 8 levels", ex.Message, StringComparison.Ordinal);
        Assert.Contains("cal has 4", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_fitted_with_another_window_is_refused_naming_both_windows()
    {
        var model = SyntheticErrorModels.Realistic(4, seed: 1).WithProvenance([745, 880], "test");

        var ex = Assert.Throws<EdgeException>(() => ErrorModelCalibrationMatch.Require(model, "m.json", FourLevels, "cal"));

        Assert.Contains("745.000..880.000 ohm", ex.Message, StringComparison.Ordinal);
        Assert.Contains("760.000..880.000 ohm", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_matching_model_or_one_without_a_recorded_window_is_accepted()
    {
        ErrorModelCalibrationMatch.Require(SyntheticErrorModels.Realistic(4, seed: 1).WithProvenance([760, 880], "test"), "m.json", FourLevels, "cal");
        ErrorModelCalibrationMatch.Require(SyntheticErrorModels.Realistic(4, seed: 1), "m.json", FourLevels, "cal");
    }
}
