// SPDX-License-Identifier: MIT
using System.Text.Json;
using Edge.Analog.Errors;

namespace Edge.Host.ErrorModel;

/// <summary>The one field of the calibration's <c>summary.json</c> the error model needs: which calibration it came from.</summary>
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
}
