// SPDX-License-Identifier: MIT
using Edge.Analog.Errors;
using Edge.Simulation.Transfer;
using Xunit;

namespace Edge.Simulation.Tests.Transfer;

public sealed class TransferReadbackTests
{
    [Fact]
    public void The_comparison_takes_the_simulated_point_at_the_deployments_bit_count_and_notes_other_test_images()
    {
        var result = Result(testSamples: 500, (2, 0.90, 0.01), (3, 0.95, 0.002));

        var same = TransferReadback.Compare(result, "dep", TransferReadback.RequireBits([2, 3], "dep", 8), 0.951, 500);
        var other = TransferReadback.Compare(result, "dep", 2, 0.88, 10000);

        Assert.Equal((3, 0.95, 0.002, 5), (same.Bits, same.SimulatedAccuracyMean, same.SimulatedAccuracyStd, same.Trials));
        Assert.Equal(0.001, same.Difference, 1e-12);
        Assert.True(same.SameTestImages);
        Assert.Equal(-0.02, other.Difference, 1e-12);
        Assert.False(other.SameTestImages);
    }

    [Fact]
    public void A_deployment_at_a_bit_count_not_simulated_is_refused_before_the_run_naming_the_bits_to_add()
    {
        var missing = Assert.Throws<EdgeException>(() => TransferReadback.RequireBits([2, 3], "dep", 512));
        var odd = Assert.Throws<EdgeException>(() => TransferReadback.RequireBits([2, 3], "dep", 6));

        Assert.Equal(ExitCode.Usage, missing.ExitCode);
        Assert.Contains("include 9", missing.Message, StringComparison.Ordinal);
        Assert.Equal(ExitCode.BadInput, odd.ExitCode);
    }

    private static TransferResult Result(int testSamples, params (int Bits, double Mean, double Std)[] points) => new()
    {
        Model = "mlp",
        Dataset = "mnist",
        Range = "absmax",
        Cells = "offset",
        Subtraction = "analog",
        Periphery = "test",
        Parameters = 1,
        Tiles = 1,
        DigitalAccuracy = 0.97,
        TestSamples = testSamples,
        TrainSamples = 100,
        WeightsSource = "trained",
        Epochs = 1,
        Points = points.Select(p => new TransferPoint(p.Bits, 1 << p.Bits, p.Mean, p.Std, 5, [p.Mean])).ToList(),
        SecondsWall = 1,
        SecondsTraining = 1,
        Seed = 1,
        TrialSeeds = [],
        ErrorModelSource = "test",
        ErrorModelLevels = 512,
        ErrorModelCalibrationId = "test",
    };
}
