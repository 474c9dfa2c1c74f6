// SPDX-License-Identifier: MIT
using Edge.Analog.Errors;

namespace Edge.Simulation.Transfer;

/// <summary>
/// results.json "readback": the simulator's prediction at a deployment's bit count beside the accuracy that deployment
/// read back from the board (same weights), so a model learnt back from the deployment can be judged against it.
/// </summary>
/// <param name="Deployment">The <c>edge deploy --out</c> folder.</param>
/// <param name="Bits">Bits per device of the deployment.</param>
/// <param name="ReadbackAccuracy">Accuracy of the network rebuilt from the board's read-back.</param>
/// <param name="ReadbackTestSamples">Test images the deployment evaluated on (null when it did not record them).</param>
/// <param name="SimulatedAccuracyMean">The simulation's mean accuracy at <paramref name="Bits"/>.</param>
/// <param name="SimulatedAccuracyStd">Its trial standard deviation.</param>
/// <param name="Trials">Simulated programmings.</param>
/// <param name="SameTestImages">False when the simulation and the deployment evaluated different numbers of test images.</param>
public sealed record TransferReadback(string Deployment, int Bits, double ReadbackAccuracy, int? ReadbackTestSamples, double SimulatedAccuracyMean, double SimulatedAccuracyStd, int Trials, bool SameTestImages)
{
    /// <summary>Read back minus simulated mean (accuracy units).</summary>
    public double Difference => ReadbackAccuracy - SimulatedAccuracyMean;

    /// <summary>The bit count of a deployment of <paramref name="levels"/> levels; it must be one of the simulated <paramref name="bits"/>.</summary>
    public static int RequireBits(IReadOnlyList<int> bits, string deployment, int levels)
    {
        ArgumentNullException.ThrowIfNull(bits);
        int b = (int)Math.Round(Math.Log2(levels));
        if (levels < 2 || 1 << b != levels)
        {
            throw new EdgeException(ExitCode.BadInput, $"{deployment}: deploy.json says {levels} levels, which is no whole number of bits.");
        }

        return bits.Contains(b)
            ? b
            : throw new EdgeException(ExitCode.Usage, $"{deployment} was deployed at {b} bits ({levels} levels) but --bits gives {string.Join(",", bits)}: include {b} to compare.");
    }

    /// <summary>The comparison at <paramref name="bits"/> of a finished simulation.</summary>
    public static TransferReadback Compare(TransferResult result, string deployment, int bits, double readbackAccuracy, int? readbackTestSamples)
    {
        ArgumentNullException.ThrowIfNull(result);
        var point = result.Points.Single(p => p.Bits == bits);
        return new TransferReadback(deployment, bits, readbackAccuracy, readbackTestSamples, point.AccuracyMean, point.AccuracyStd, point.Trials, readbackTestSamples is not int n || n == result.TestSamples);
    }
}
