// SPDX-License-Identifier: MIT
using System.Text.Json;

namespace Edge.Host.Records;

/// <summary>
/// One row of the <c>runs</c> table every Edge run database holds: who ran what, with which build, inputs and
/// settings, when, and what came out. The JSON columns are kept as text; <see cref="KeyResults"/> picks the numbers
/// worth a glance.
/// </summary>
public sealed record RunRecord
{
    public required string Id { get; init; }

    public required string Command { get; init; }

    public required string StartedUtc { get; init; }

    public string? FinishedUtc { get; init; }

    public required string Status { get; init; }

    public long? Seed { get; init; }

    public required string SettingsJson { get; init; }

    public string? ResultsJson { get; init; }

    public string? CommandLine { get; init; }

    public string? EdgeVersion { get; init; }

    public string? GitCommit { get; init; }

    public string? InputsJson { get; init; }

    public string? OutputsJson { get; init; }

    /// <summary>The database file the row came from.</summary>
    public required string DatabasePath { get; init; }

    /// <summary>Wall time from start to finish, seconds (null while running or when a time is unreadable).</summary>
    public double? WallSeconds =>
        FinishedUtc is not null && DateTime.TryParse(StartedUtc, null, System.Globalization.DateTimeStyles.RoundtripKind, out var start)
        && DateTime.TryParse(FinishedUtc, null, System.Globalization.DateTimeStyles.RoundtripKind, out var end)
            ? (end - start).TotalSeconds
            : null;

    /// <summary>
    /// The top-level numbers of the results whose names say they are outcomes (accuracies, errors, counts, times),
    /// in the order the results hold them; nested sections are searched one level down.
    /// </summary>
    public IReadOnlyList<(string Name, double Value)> KeyResults()
    {
        var found = new List<(string, double)>();
        if (ResultsJson is null)
        {
            return found;
        }

        try
        {
            using var doc = JsonDocument.Parse(ResultsJson);
            Collect(doc.RootElement, string.Empty, 0, found);
        }
        catch (JsonException)
        {
        }

        return found;
    }

    private static readonly string[] OutcomeWords = ["accuracy", "rms", "cells", "nu", "ratio", "ohm", "pulses", "levels", "device_seconds", "ks", "failed", "within"];

    private static void Collect(JsonElement element, string prefix, int depth, List<(string, double)> found)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in element.EnumerateObject())
        {
            string name = prefix + property.Name;
            if (property.Value.ValueKind == JsonValueKind.Number && OutcomeWords.Any(w => property.Name.Contains(w, StringComparison.Ordinal)))
            {
                found.Add((name, property.Value.GetDouble()));
            }
            else if (property.Value.ValueKind == JsonValueKind.Object && depth == 0 && property.Name is not "settings" and not "inputs")
            {
                Collect(property.Value, name + ".", depth + 1, found);
            }
        }
    }
}
