// SPDX-License-Identifier: MIT
using MathNet.Numerics;

namespace Edge.Analog.ErrorModel;

/// <summary>The log-likelihood of a location-scale Student's t, written out so the fit needs no logarithm per sample (<see cref="LogProduct"/>).</summary>
public static class StudentTLogLikelihood
{
    /// <summary>
    /// Sum over samples of ln f(x; loc, scale, nu) with
    /// f = Gamma((nu+1)/2) / (Gamma(nu/2) sqrt(nu pi) s) * (1 + ((x-loc)/s)^2 / nu)^(-(nu+1)/2).
    /// Equals the sum of <c>MathNet.Numerics.Distributions.StudentT.PDFLn</c> (tested).
    /// </summary>
    public static double Sum(ReadOnlySpan<double> samples, double loc, double scale, double nu)
    {
        if (!(scale > 0) || !(nu > 0))
        {
            return double.NegativeInfinity;
        }

        var constant = SpecialFunctions.GammaLn((nu + 1) / 2) - SpecialFunctions.GammaLn(nu / 2) - (0.5 * Math.Log(nu * Math.PI)) - Math.Log(scale);
        var inverseScale = 1 / scale;
        var inverseNu = 1 / nu;
        var sumLog = new LogProduct();
        foreach (var x in samples)
        {
            var z = (x - loc) * inverseScale;
            sumLog.Add(1 + (z * z * inverseNu));
        }

        return (samples.Length * constant) - ((nu + 1) / 2 * sumLog.Value);
    }
}
