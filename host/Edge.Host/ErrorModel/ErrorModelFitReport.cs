// SPDX-License-Identifier: MIT
using System.Globalization;
using Edge.Analog.ErrorModel;

namespace Edge.Host.ErrorModel;

/// <summary>What <c>edge fit</c> prints about a fitted model: ranges, goodness of fit, identification, and one warning line per flagged level.</summary>
public static class ErrorModelFitReport
{
    /// <summary>Bootstrap p-value above which a level's fit is counted as acceptable.</summary>
    public const double AcceptP = 0.05;

    /// <summary>Writes the summary and the warnings.</summary>
    public static void Write(TextWriter writer, ProgramErrorModel model)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(model);
        var c = CultureInfo.InvariantCulture;
        int total = model.SampleCounts.Sum();
        writer.WriteLine(string.Create(c, $"fitted {model.Levels} {model.Direction} levels of calibration {model.CalibrationId} from {total} samples ({model.SampleCounts.Min()}..{model.SampleCounts.Max()} per level)"));
        var band = Enumerable.Range(0, model.Levels).Where(k => model.Band[k] > 0).ToArray();
        var t = Enumerable.Range(0, model.Levels).Where(k => model.Band[k] <= 0).ToArray();
        if (t.Length > 0)
        {
            writer.WriteLine(string.Create(c, $"Student's t on {t.Length} levels: nu {t.Min(k => model.Nu[k]):G3}..{t.Max(k => model.Nu[k]):G3}, scale {t.Min(k => model.Scale[k]):G3}..{t.Max(k => model.Scale[k]):G3}"));
        }

        if (band.Length > 0)
        {
            writer.WriteLine(string.Create(c, $"seek band on {band.Length} levels: half-width {band.Min(k => model.Band[k]):G3}..{band.Max(k => model.Band[k]):G3}, noise sigma {band.Min(k => model.Scale[k]):G3}..{band.Max(k => model.Scale[k]):G3}"));
        }

        writer.WriteLine(string.Create(c, $"worst KS D {model.Ks.Max():G3}"));
        if (model.KsP is { } p)
        {
            int accepted = p.Count(v => v > AcceptP);
            writer.WriteLine(string.Create(c, $"bootstrap KS p > {AcceptP:G2} on {accepted}/{model.Levels} levels ({100.0 * accepted / model.Levels:F1} %), lowest p {p.Min():G3}"));
        }

        if (model.NuDataWeight is { } w && t.Length > 0)
        {
            int fromNeighbours = t.Count(k => w[k] < 0.5);
            writer.WriteLine($"nu decided mostly by the neighbouring levels (data weight < 0.5) on {fromNeighbours}/{t.Length} t levels");
        }

        writer.WriteLine(string.Create(c, $"values clamped to what cells hold: {model.ValueMin:G4}..{model.ValueMax:G4} of the window"));
        writer.WriteLine(model.Borrowed.Length == 0
            ? "no level borrowed neighbours' samples"
            : $"{model.Borrowed.Length} levels borrowed neighbours' samples: {string.Join(", ", model.Borrowed)}");
        foreach (var flag in model.Flags)
        {
            writer.WriteLine($"warning: level {flag.Level}: {string.Join(", ", flag.Problems)}: {flag.Detail}");
        }

        if (model.Flags.Length > 0)
        {
            writer.WriteLine($"{model.Flags.Length} levels flagged (listed under 'flags' in the model file)");
        }
    }
}
