// SPDX-License-Identifier: MIT
namespace Edge.Host.Programming;

/// <summary>One pulse of the write-verify loop, for traces and tests.</summary>
/// <param name="Cell">Cell index.</param>
/// <param name="Volts">Applied amplitude, signed: positive potentiates (R falls), negative depresses.</param>
/// <param name="WidthMs">Pulse width, ms.</param>
/// <param name="AfterOhms">Resistance read after the pulse, ohm.</param>
/// <param name="LevelError">Level error after the pulse, levels.</param>
public readonly record struct WriteVerifyPulse(int Cell, double Volts, double WidthMs, double AfterOhms, double LevelError);
