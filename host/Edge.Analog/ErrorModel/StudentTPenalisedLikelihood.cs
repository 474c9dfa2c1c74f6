// SPDX-License-Identifier: MIT
using MathNet.Numerics;

namespace Edge.Analog.ErrorModel;

/// <summary>
/// The Student's t log-likelihood of standardised samples as a function of (loc, ln scale, ln nu), with its gradient and
/// Hessian written out (the Newton steps of <see cref="StudentTPenalisedMaximumLikelihood"/>). With z = (x - loc)/s,
/// q = z^2: ln f = C(nu) - ln s - (nu+1)/2 ln(1 + q/nu), C(nu) = ln Gamma((nu+1)/2) - ln Gamma(nu/2) - ln(nu pi)/2.
/// </summary>
public static class StudentTPenalisedLikelihood
{
    /// <summary>Log-likelihood at theta = (loc, ln s, ln nu); gradient and Hessian of the log-likelihood into the arrays.</summary>
    public static double Evaluate(ReadOnlySpan<double> x, double loc, double lnScale, double lnNu, Span<double> gradient, Span<double> hessian)
    {
        double s = Math.Exp(lnScale);
        double nu = Math.Exp(lnNu);
        double inverseScale = 1 / s;
        var lnW = new LogProduct();
        double sumR = 0, gA = 0, hAA = 0, hAB = 0, hAC = 0, hBB = 0, hBC = 0;
        foreach (double value in x)
        {
            double z = (value - loc) * inverseScale;
            double q = z * z;
            double nq = nu + q;
            double inverse = 1 / nq;
            double inverseSquared = inverse * inverse;
            double r = q * inverse;
            lnW.Add(nq / nu);
            sumR += r;
            gA += z * inverse;
            hAA += (nu - q) * inverseSquared;
            hAB += z * inverseSquared;
            hAC += z * (q - 1) * inverseSquared;
            hBB += q * inverseSquared;
        }

        int n = x.Length;
        double sumLnW = lnW.Value;
        double c = SpecialFunctions.GammaLn((nu + 1) / 2) - SpecialFunctions.GammaLn(nu / 2) - (0.5 * Math.Log(nu * Math.PI));
        double c1 = (0.5 * SpecialFunctions.DiGamma((nu + 1) / 2)) - (0.5 * SpecialFunctions.DiGamma(nu / 2)) - (0.5 / nu);
        double c2 = (0.25 * TriGamma((nu + 1) / 2)) - (0.25 * TriGamma(nu / 2)) + (0.5 / (nu * nu));
        double logLikelihood = (n * (c - lnScale)) - ((nu + 1) / 2 * sumLnW);

        gradient[0] = (nu + 1) * inverseScale * gA;
        gradient[1] = -n + ((nu + 1) * sumR);
        gradient[2] = (n * nu * c1) - (nu / 2 * sumLnW) + ((nu + 1) / 2 * sumR);

        hBC = (nu * sumR) - ((nu + 1) * nu * hBB);
        hessian[0] = -(nu + 1) * inverseScale * inverseScale * hAA;
        hessian[1] = hessian[3] = -2 * (nu + 1) * nu * inverseScale * hAB;
        hessian[2] = hessian[6] = nu * inverseScale * hAC;
        hessian[4] = -2 * (nu + 1) * nu * hBB;
        hessian[5] = hessian[7] = hBC;
        hessian[8] = (n * ((nu * c1) + (nu * nu * c2))) - (nu / 2 * sumLnW) + (nu * sumR) - ((nu + 1) * nu / 2 * hBB);
        return logLikelihood;
    }

    /// <summary>The log-likelihood alone (line searches).</summary>
    public static double Value(ReadOnlySpan<double> x, double loc, double lnScale, double lnNu) =>
        StudentTLogLikelihood.Sum(x, loc, Math.Exp(lnScale), Math.Exp(lnNu));

    /// <summary>The trigamma function psi'(x) for x &gt; 0: recurrence up to x &gt;= 6, then the asymptotic series (error &lt; 1e-12).</summary>
    public static double TriGamma(double x)
    {
        double sum = 0;
        while (x < 6)
        {
            sum += 1 / (x * x);
            x += 1;
        }

        double inverse = 1 / x;
        double inverseSquared = inverse * inverse;
        double series = inverse + (0.5 * inverseSquared)
            + (inverse * inverseSquared * ((1.0 / 6) - (inverseSquared * ((1.0 / 30) - (inverseSquared * ((1.0 / 42) - (inverseSquared / 30)))))));
        return sum + series;
    }
}
