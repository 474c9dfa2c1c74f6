// SPDX-License-Identifier: MIT
using System.Text.Json;
using Edge.Analog.Errors;

namespace Edge.Host.ErrorModel;

/// <summary>The fields of the calibration's <c>summary.json</c> the error model needs: which calibration and which samples it came from.</summary>
public static class CalibrationSummary
{
    /// <summary>The file name inside a calibration directory.</summary>
    public const string FileName = "summary.json";

    /// <summary>Reads the string field <c>calibration_id</c>; a missing file or field is an <see cref="EdgeException"/>.</summary>
    public static string ReadCalibrationId(string calibrationDirectory)
    {
        var path = Path.Combine(calibrationDirectory, FileName);
        if (!File.Exists(path))
        {
            throw new EdgeException(ExitCode.BadInput, $"{path}: file not found (is '{calibrationDirectory}' the --out directory of 'edge calibrate'?).");
        }

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
        var path = Path.Combine(calibrationDirectory, FileName);
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
