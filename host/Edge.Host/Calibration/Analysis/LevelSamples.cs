// SPDX-License-Identifier: MIT
using System.Globalization;
using Edge.Analog.Formats;
using Edge.Host.ErrorModel;
using Edge.Shared.Formats;

namespace Edge.Host.Calibration.Analysis;

/// <summary>Turns repeated programming results into <see cref="LevelSample"/> rows and writes <c>programming-samples.csv</c>.</summary>
public static class LevelSamples
{
    /// <summary>One sample per result, in the normalised y convention (see <see cref="LevelSample"/>).</summary>
    /// <exception cref="Edge.Analog.Errors.EdgeException">BadInput for a level outside 0 .. n-1 or a non-finite reading.</exception>
    public static IReadOnlyList<LevelSample> From(SegmentationResult segmentation, IEnumerable<ProgrammingResult> results)
    {
        ArgumentNullException.ThrowIfNull(segmentation);
        ArgumentNullException.ThrowIfNull(results);
        int n = segmentation.Levels;
        var samples = new List<LevelSample>();
        foreach (var result in results)
        {
            CpdReliability.CheckResult(segmentation, result);
            int level = segmentation.Direction == Direction.Potentiation ? result.Level : n - 1 - result.Level;
            samples.Add(new LevelSample(
                segmentation.Direction,
                n,
                level,
                (double)level / (n - 1),
                segmentation.Normalise(segmentation.ReachedOhms[result.Level]),
                segmentation.Normalise(result.ActualOhms)));
        }

        return samples;
    }

    /// <summary>
    /// Writes <paramref name="samples"/> to <paramref name="path"/> with the header
    /// <c>direction,levels,level,target,reached,actual</c> (<see cref="ProgrammingSamplesCsv.Header"/>), invariant
    /// culture, round-trip precision; the directory is created if needed.
    /// </summary>
    public static void WriteCsv(string path, IEnumerable<LevelSample> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var c = CultureInfo.InvariantCulture;
        using var writer = new StreamWriter(path);
        writer.NewLine = "\n";
        writer.WriteLine(ProgrammingSamplesCsv.Header);
        foreach (var s in samples)
        {
            writer.WriteLine(string.Join(
                ',',
                DirectionNames.Of(s.Direction),
                s.Levels.ToString(c),
                s.Level.ToString(c),
                s.Target.ToString("R", c),
                s.Reached.ToString("R", c),
                s.Actual.ToString("R", c)));
        }
    }
}
