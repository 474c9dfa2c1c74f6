// SPDX-License-Identifier: MIT
using Edge.DeviceFit.Sweeps;
using Edge.Hardware.Device;
using Edge.Shared.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace Edge.DeviceFit.Fitting;

/// <summary>
/// The two kinds of standard error the fit reports: Gauss-Newton from the Jacobian at the optimum (cheap, but it treats
/// the reads of a sweep as independent), and the bootstrap over whole sweeps resampled within each condition (it keeps
/// each sweep's correlated noise together, so it follows the real scatter between repetitions).
/// </summary>
internal static class FitUncertainty
{
    /// <summary>The devices fitted to <paramref name="resamples"/> resamplings of whole sweeps within each condition.</summary>
    public static List<DeviceParameters> BootstrapDevices(
        IReadOnlyList<MeasuredSweep> sweeps, Func<IReadOnlyList<MeasuredSweep>, DeviceParameters> refit, int resamples, int seed)
    {
        var groups = sweeps.GroupBy(s => s.Condition).Select(g => g.ToList()).ToList();
        ulong state = (ulong)seed ^ 0xB0075712A9UL;
        var resamplings = new List<MeasuredSweep>[resamples];
        for (int b = 0; b < resamples; b++)
        {
            var resampled = new List<MeasuredSweep>(sweeps.Count);
            foreach (var group in groups)
            {
                for (int k = 0; k < group.Count; k++)
                {
                    resampled.Add(group[(int)(SplitMix64.Next(ref state) % (ulong)group.Count)]);
                }
            }

            resamplings[b] = resampled;
        }

        // The resamplings are drawn in order above, so refitting them on every core gives the same devices.
        var devices = new DeviceParameters[resamples];
        Parallel.For(0, resamples, b => devices[b] = refit(resamplings[b]));
        return [.. devices];
    }

    /// <summary>Gauss-Newton standard errors of every fitted field: sigma^2 (J^T J)^-1 mapped to the fields by the delta method.</summary>
    public static double[] HessianErrors(DeviceParameters template, LevenbergMarquardt.Result fit)
    {
        int n = fit.Residuals.Length;
        int p = fit.Parameters.Length;
        double sigmaSquared = LevenbergMarquardt.SumOfSquares(fit.Residuals) / Math.Max(n - p, 1);
        var jtj = fit.Jacobian.TransposeThisAndMultiply(fit.Jacobian);
        var covariance = jtj.PseudoInverse() * sigmaSquared;

        // Delta method: d value_j / d free_i by forward differences, then G C G^T.
        var gradient = Matrix<double>.Build.Dense(p, p);
        var device = FittedParameters.FromFree(template, fit.Parameters);
        for (int i = 0; i < p; i++)
        {
            double h = 1e-6 * Math.Max(1, Math.Abs(fit.Parameters[i]));
            double[] shifted = (double[])fit.Parameters.Clone();
            shifted[i] += h;
            var moved = FittedParameters.FromFree(template, shifted);
            for (int j = 0; j < p; j++)
            {
                gradient[j, i] = (FittedParameters.All[j].Get(moved) - FittedParameters.All[j].Get(device)) / h;
            }
        }

        var values = gradient * covariance * gradient.Transpose();
        return Enumerable.Range(0, p).Select(i => Math.Sqrt(Math.Max(values[i, i], 0))).ToArray();
    }

    /// <summary>Sample standard deviation (0 for fewer than two values).</summary>
    public static double StandardDeviation(IReadOnlyList<double> values)
    {
        if (values.Count < 2)
        {
            return 0;
        }

        double mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
    }
}
