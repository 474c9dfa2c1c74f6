// SPDX-License-Identifier: MIT
namespace Edge.Analog.ErrorModel;

/// <summary>
/// The prior of every level's fit, varying smoothly with the level: the errors of a window of neighbouring levels (each
/// centred on its own median, since loc is the level's own) are fitted together, and that fit's scale and nu are the
/// level's prior medians. The window grows symmetrically until it holds
/// <see cref="ErrorModelFitOptions.NeighbourhoodSamples"/> samples. The neighbourhood fits themselves are regularised
/// by a weak prior from all levels together, so even a neighbourhood of nearly normal errors stays finite.
/// </summary>
internal static class LevelPriors
{
    private const double NeighbourhoodLnSd = 2;

    public static StudentTPrior[] Build(IReadOnlyList<double>[] errors, ErrorModelFitOptions options)
    {
        int levels = errors.Length;
        var centred = new double[levels][];
        for (int k = 0; k < levels; k++)
        {
            var sorted = errors[k].Order().ToArray();
            double median = sorted.Length > 0 ? RobustStatistics.Median(sorted) : 0;
            centred[k] = sorted.Select(e => e - median).ToArray();
        }

        var all = centred.SelectMany(c => c).ToArray();
        var global = StudentTPenalisedMaximumLikelihood.Fit(all, StudentTPrior.Weak(Spread(all))).Parameters;
        var neighbourhoodPrior = new StudentTPrior(global.Scale, NeighbourhoodLnSd, global.Nu, NeighbourhoodLnSd);
        var priors = new StudentTPrior[levels];
        Parallel.For(0, levels, k =>
        {
            int from = k, to = k, total = centred[k].Length;
            while (total < options.NeighbourhoodSamples && (from > 0 || to < levels - 1))
            {
                if (from > 0)
                {
                    total += centred[--from].Length;
                }

                if (to < levels - 1)
                {
                    total += centred[++to].Length;
                }
            }

            var pooled = new List<double>(total);
            for (int j = from; j <= to; j++)
            {
                pooled.AddRange(centred[j]);
            }

            var fit = pooled.Count == 0 ? global : StudentTPenalisedMaximumLikelihood.Fit(pooled.ToArray(), neighbourhoodPrior).Parameters;
            priors[k] = new StudentTPrior(fit.Scale, options.LnScalePriorSd, fit.Nu, options.LnNuPriorSd);
        });
        return priors;
    }

    private static double Spread(double[] values)
    {
        if (values.Length == 0)
        {
            return 1;
        }

        var sorted = values.Order().ToArray();
        double spread = RobustStatistics.Spread(sorted, RobustStatistics.Median(sorted));
        return spread > 0 ? spread : 1;
    }
}
