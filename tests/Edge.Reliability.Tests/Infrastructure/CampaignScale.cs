// SPDX-License-Identifier: MIT
namespace Edge.Reliability.Tests.Infrastructure;

/// <summary>
/// Fast form (CI) or long form (EDGE_RELIABILITY_LONG=1) of every campaign: the same code, bigger counts.
/// </summary>
public static class CampaignScale
{
    /// <summary>The environment variable that selects the long form.</summary>
    public const string Variable = "EDGE_RELIABILITY_LONG";

    /// <summary>True when the long form was asked for.</summary>
    public static bool Long { get; } = Environment.GetEnvironmentVariable(Variable) == "1";

    /// <summary>Name of the form, for printed figures.</summary>
    public static string Form => Long ? "long" : "fast";

    /// <summary><paramref name="fast"/> in CI, <paramref name="longForm"/> with the variable set.</summary>
    public static int Pick(int fast, int longForm) => Long ? longForm : fast;
}
