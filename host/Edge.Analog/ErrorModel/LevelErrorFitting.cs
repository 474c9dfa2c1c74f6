// SPDX-License-Identifier: MIT
namespace Edge.Analog.ErrorModel;

/// <summary>
/// The per-level fit procedure, the same for a level's samples and for every bootstrap replicate of them (so the
/// bootstrap p-value accounts for the choice of family as well as the fitted parameters): the penalised t under the
/// level's prior and, with <see cref="ErrorFamily.Auto"/> and at least <see cref="BandMinimumSamples"/> samples, the seek
/// band, taken when its log-likelihood beats the t's unpenalised maximum by more than <see cref="BandMargin"/>. Both
/// have three parameters and both contain the normal, so on normal data either may win by chance; the margin keeps
/// the paper's t unless the band is clearly better.
/// </summary>
public static class LevelErrorFitting
{
    /// <summary>
    /// Samples below which only the t is fitted: the band's edges are placed by the extreme samples, which a few tens of
    /// samples are needed to locate (with 8 the band and the noise trade off freely).
    /// </summary>
    public const int BandMinimumSamples = 30;

    /// <summary>
    /// Log-likelihood the band must gain over the t: 2, an AIC difference of 4, beyond which Burnham and Anderson (Model
    /// Selection and Multimodel Inference, 2002, sec. 2.6) call the other model considerably less supported.
    /// </summary>
    public const double BandMargin = 2;

    /// <summary>Fits the level's error from <paramref name="samples"/> (at least 2 distinct values).</summary>
    public static LevelErrorFit Fit(ReadOnlySpan<double> samples, StudentTPrior prior, ErrorFamily family)
    {
        var t = StudentTPenalisedMaximumLikelihood.Fit(samples, prior);
        var chosen = LevelErrorFit.Of(t.Parameters, t.NuDataWeight);
        if (family != ErrorFamily.Auto || samples.Length < BandMinimumSamples || !HasSpread(samples))
        {
            return chosen;
        }

        var band = BandNormalMaximumLikelihood.Fit(samples);
        if (band.LogLikelihood <= t.LogLikelihood + BandMargin)
        {
            // The t's own maximum is at least its penalised fit's likelihood, so the t stands without computing it.
            return chosen;
        }

        // The t's own maximum (a prior too weak to matter) so that the prior does not tip the choice toward the band.
        var unpenalised = StudentTPenalisedMaximumLikelihood.Fit(samples, StudentTPrior.Weak(t.Parameters.Scale));
        return band.LogLikelihood > Math.Max(t.LogLikelihood, unpenalised.LogLikelihood) + BandMargin ? LevelErrorFit.Of(band.Parameters) : chosen;
    }

    /// <summary>False when every sample is equal (a band and its noise cannot be told apart; the t takes its floor scale).</summary>
    private static bool HasSpread(ReadOnlySpan<double> samples)
    {
        foreach (var x in samples)
        {
            if (x != samples[0])
            {
                return true;
            }
        }

        return false;
    }
}
