// SPDX-License-Identifier: MIT
namespace Edge.DeviceFit.Sweeps;

/// <summary>The columns of a sweeps CSV (docs/formats.md), in the order <c>edge calibrate</c> writes them.</summary>
internal static class SweepColumns
{
    public const string Direction = "direction";
    public const string Volts = "volts";
    public const string WidthMs = "width_ms";
    public const string Repetition = "repetition";
    public const string Pulse = "pulse";
    public const string Resistance = "resistance_ohm";

    public static readonly string[] All = [Direction, Volts, WidthMs, Repetition, Pulse, Resistance];

    public static string HeaderLine => string.Join(',', All);
}
