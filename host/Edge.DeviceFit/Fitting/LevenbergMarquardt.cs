// SPDX-License-Identifier: MIT
using MathNet.Numerics.LinearAlgebra;

namespace Edge.DeviceFit.Fitting;

/// <summary>
/// Least squares by Levenberg-Marquardt with Marquardt's diagonal scaling and a forward-difference Jacobian: small,
/// deterministic, and enough for a dozen smooth parameters. Returns the minimiser and the Jacobian there (for the
/// Gauss-Newton covariance).
/// </summary>
public static class LevenbergMarquardt
{
    /// <summary>Result of a minimisation.</summary>
    /// <param name="Parameters">The minimiser.</param>
    /// <param name="Residuals">Residuals at the minimiser.</param>
    /// <param name="Jacobian">d residual / d parameter at the minimiser (rows: residuals).</param>
    /// <param name="Iterations">Accepted steps.</param>
    public sealed record Result(double[] Parameters, double[] Residuals, Matrix<double> Jacobian, int Iterations);

    /// <summary>Minimises the sum of squares of <paramref name="residuals"/> from <paramref name="start"/>.</summary>
    public static Result Minimise(Func<double[], double[]> residuals, double[] start, int maxIterations = 200)
    {
        ArgumentNullException.ThrowIfNull(residuals);
        ArgumentNullException.ThrowIfNull(start);
        double[] x = (double[])start.Clone();
        double[] r = residuals(x);
        double cost = SumOfSquares(r);
        double lambda = 1e-3;
        int accepted = 0;
        var jacobian = Jacobian(residuals, x, r);
        for (int iteration = 0; iteration < maxIterations && lambda < 1e12; iteration++)
        {
            var jtj = jacobian.TransposeThisAndMultiply(jacobian);
            var gradient = jacobian.TransposeThisAndMultiply(Vector<double>.Build.DenseOfArray(r));
            double largestDiagonal = Enumerable.Range(0, x.Length).Max(i => jtj[i, i]);
            var damped = jtj.Clone();
            for (int i = 0; i < x.Length; i++)
            {
                // Marquardt scaling, with a floor so a parameter the data barely see cannot make the system singular.
                damped[i, i] += lambda * Math.Max(jtj[i, i], 1e-12 * largestDiagonal);
            }

            double[] step = damped.Solve(-gradient).ToArray();
            double[] trial = x.Select((v, i) => v + step[i]).ToArray();
            double[] trialResiduals = residuals(trial);
            double trialCost = SumOfSquares(trialResiduals);
            if (double.IsFinite(trialCost) && trialCost < cost)
            {
                bool converged = cost - trialCost < 1e-10 * cost || step.Max(Math.Abs) < 1e-9;
                x = trial;
                r = trialResiduals;
                cost = trialCost;
                lambda = Math.Max(lambda / 3, 1e-9);
                accepted++;
                jacobian = Jacobian(residuals, x, r);
                if (converged)
                {
                    break;
                }
            }
            else
            {
                lambda *= 4;
            }
        }

        return new Result(x, r, jacobian, accepted);
    }

    /// <summary>Sum of squares.</summary>
    public static double SumOfSquares(IReadOnlyList<double> values) => values.Sum(v => v * v);

    private static Matrix<double> Jacobian(Func<double[], double[]> residuals, double[] x, double[] r)
    {
        var jacobian = Matrix<double>.Build.Dense(r.Length, x.Length);
        for (int j = 0; j < x.Length; j++)
        {
            double h = 1e-6 * Math.Max(1, Math.Abs(x[j]));
            double[] shifted = (double[])x.Clone();
            shifted[j] += h;
            double[] rs = residuals(shifted);
            for (int i = 0; i < r.Length; i++)
            {
                jacobian[i, j] = (rs[i] - r[i]) / h;
            }
        }

        return jacobian;
    }
}
