// SPDX-License-Identifier: MIT
namespace Edge.Firmware.Bench.Simulated;

/// <summary>One write pulse as the simulated cell saw it: the cell, the volts on its T2/T4 buses and how long.</summary>
public readonly record struct PulseRecord(int Cell, double Volts, double WidthMs);
