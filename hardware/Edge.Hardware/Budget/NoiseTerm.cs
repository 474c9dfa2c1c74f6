// SPDX-License-Identifier: MIT
namespace Edge.Hardware.Budget;

/// <summary>One contribution to the read noise, referred to the device current after averaging.</summary>
/// <param name="Name">What produces it (component and mechanism).</param>
/// <param name="RmsAmps">Its rms value in amperes, as seen in one averaged read.</param>
public sealed record NoiseTerm(string Name, double RmsAmps);
