// SPDX-License-Identifier: MIT
namespace Edge.Host.Link;

/// <summary>One cell read: the resistance, or Saturated when the ADC saturated (no value).</summary>
public readonly record struct ReadResult(int Cell, double ResistanceOhms, bool Saturated);
