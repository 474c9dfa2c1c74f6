// SPDX-License-Identifier: MIT
using System.Text.Json;
using Edge.Analog.Errors;

namespace Edge.Host.Formats;

/// <summary>Files of an <c>edge calibrate</c> output folder that other steps (fit, deploy, defaults) read.</summary>
public static class CalibrationFolder
{
    /// <summary>The calibration summary (<c>Calibration.Run.CalibrationSummary</c>) inside a calibration folder.</summary>
    public const string SummaryFileName = "summary.json";

    /// <summary>Reads only the string field <c>calibration_id</c> (what an error model records as its source); a missing file or field is an <see cref="EdgeException"/>.</summary>
    public static string ReadCalibrationId(string calibrationDirectory)
    {
        var path = Path.Combine(calibrationDirectory, SummaryFileName);
        if (!File.Exists(path))
        {
            throw new EdgeException(ExitCode.BadInput, $"{path}: file not found (is '{calibrationDirectory}' the --out directory of 'edge calibrate'?).");
        }

        Edge.Analog.Formats.RunProvenance.Current.AddInput("calibration", path);
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("calibration_id", out var id)
                && id.ValueKind == JsonValueKind.String
                && !string.IsNullOrWhiteSpace(id.GetString()))
            {
                return id.GetString()!;
            }
        }
        catch (JsonException ex)
        {
            throw new EdgeException(ExitCode.BadInput, $"{path}: malformed JSON: {ex.Message}", ex);
        }

        throw new EdgeException(ExitCode.BadInput, $"{path}: no non-empty string field 'calibration_id'.");
    }

    /// <summary>
    /// "SOURCE: C cells, P per level" from the optional <c>error_samples</c> section (null when the calibration predates it
    /// or the file is not there).
    /// </summary>
    public static string? ReadSampleSource(string calibrationDirectory)
    {
        var path = Path.Combine(calibrationDirectory, SummaryFileName);
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            if (document.RootElement.TryGetProperty("error_samples", out var e) && e.ValueKind == JsonValueKind.Object)
            {
                return $"{e.GetProperty("source").GetString()}: {e.GetProperty("cells").GetInt32()} cells, {e.GetProperty("per_level").GetInt32()} per level";
            }
        }
        catch (Exception ex) when (ex is IOException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            // Provenance is optional: a summary without it still fits.
        }

        return null;
    }
}
