// SPDX-License-Identifier: MIT
using Edge.Analog.Errors;

namespace Edge.Host.Link;

/// <summary>One cell read: the resistance, or Saturated when the ADC saturated (then there is no value).</summary>
/// <param name="Cell">Cell index.</param>
/// <param name="ResistanceOhms">The resistance, ohm; meaningless when <paramref name="Saturated"/> (use <see cref="Ohms"/>).</param>
/// <param name="Saturated">The ADC saturated: an open or shorted cell, or one outside the read range.</param>
public readonly record struct ReadResult(int Cell, double ResistanceOhms, bool Saturated)
{
    /// <summary>The resistance, ohm, or null when the read saturated.</summary>
    public double? Ohms => Saturated ? null : ResistanceOhms;

    /// <summary>The resistance, ohm, for a step that cannot go on without one.</summary>
    /// <param name="what">What the read was for, for the message ("the read before the sweep").</param>
    /// <exception cref="EdgeException"><see cref="ExitCode.DeviceLimit"/> when the read saturated.</exception>
    public double RequireOhms(string what) => Saturated
        ? throw new EdgeException(ExitCode.DeviceLimit, $"cell {Cell}: {what} saturated the ADC (an open or shorted cell, or one outside the read range); nothing was taken as its value.")
        : ResistanceOhms;
}
