// SPDX-License-Identifier: MIT
using System.Globalization;
using Edge.Shared.Protocol;
using Xunit;
using Xunit.Abstractions;

namespace Edge.Shared.Tests.Protocol;

/// <summary>
/// RELIABILITY.md test 2: a seeded stream of random frames, every tenth corrupted with 1-3 bit flips or one burst of
/// up to 32 bits (anywhere in its wire bytes, delimiter included), fed through one <see cref="FrameDecoder"/>. The
/// figures go to docs/reliability.md. EDGE_CORRUPTION_FRAMES overrides the frame count for longer runs.
/// </summary>
public class CorruptionCampaignTests(ITestOutputHelper output)
{
    private const int Seed = 20_240_607;

    [Fact]
    public void CorruptionCampaign_accepts_no_corrupted_frame_and_loses_only_neighbours_of_corrupted_delimiters()
    {
        int frames = int.TryParse(Environment.GetEnvironmentVariable("EDGE_CORRUPTION_FRAMES"), CultureInfo.InvariantCulture, out int n) ? n : 1_000_000;
        var result = CorruptionCampaign.Run(frames, Seed);
        output.WriteLine(result.ToString());

        Assert.Equal(frames / 10, result.Corrupted);
        Assert.Equal(0, result.CorruptedAccepted);
        Assert.Equal(0, result.WrongAccepted);
        Assert.Equal(result.Corrupted, result.DetectedByCobs + result.DetectedByLength + result.DetectedByCrc);
        Assert.Equal(frames - result.Corrupted, result.CleanAccepted + result.CleanLost);

        // A clean frame is lost only when the corrupted frame before it lost its delimiter and swallowed its start.
        Assert.True(result.CleanLost <= result.DelimiterHits, $"{result.CleanLost} clean frames lost, {result.DelimiterHits} delimiters hit");

        // Every kind of check must have done some of the work: a campaign where one layer never fires tests nothing.
        Assert.True(result.DetectedByCobs > 0 && result.DetectedByLength > 0 && result.DetectedByCrc > 0, result.ToString());

        if (frames == 1_000_000)
        {
            // docs/reliability.md quotes this run (same seed, same numbers): keep the two in step.
            string doc = RepoFiles.ReadText("docs/reliability.md");
            foreach (long figure in new[] { result.CleanAccepted, result.CleanLost, result.DetectedByCobs, result.DetectedByLength, result.DetectedByCrc })
            {
                Assert.Contains(figure.ToString("N0", CultureInfo.InvariantCulture), doc, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Campaign_counts_an_undetected_corruption_as_accepted()
    {
        // The harness itself must be able to fail: with "corruption" that changes nothing, every such frame is accepted.
        var result = CorruptionCampaign.Run(1_000, Seed, corrupt: false);
        Assert.Equal(100, result.CorruptedAccepted);
    }
}
