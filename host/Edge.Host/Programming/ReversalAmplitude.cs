// SPDX-License-Identifier: MIT
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Edge.Host.Programming;

/// <summary>Where write-verify starts the amplitude of the polarity it switches to after overshooting the target.</summary>
[JsonConverter(typeof(ReversalAmplitudeJson))]
public enum ReversalAmplitude
{
    /// <summary>At <see cref="WriteVerifySettings.StartVolts"/> every time (textbook ISPP restart).</summary>
    Restart,

    /// <summary>
    /// At the amplitude this polarity last used, minus one (reduced) step; at the start amplitude if it was never used.
    /// The cell has already shown which amplitude moves it in that direction.
    /// </summary>
    Resume,

    /// <summary>
    /// Like <see cref="Resume"/>, but a polarity never used before starts one (reduced) step below the amplitude that
    /// just overshot: on a roughly symmetric device that is near the amplitude that moves the cell back.
    /// </summary>
    Mirror,
}

/// <summary>Writes <see cref="ReversalAmplitude"/> as snake_case text in reports ("restart", "resume", "mirror").</summary>
internal sealed class ReversalAmplitudeJson() : JsonStringEnumConverter<ReversalAmplitude>(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false);
