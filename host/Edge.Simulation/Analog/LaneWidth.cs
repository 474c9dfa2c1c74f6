// SPDX-License-Identifier: MIT
using System.Runtime.Intrinsics;

namespace Edge.Simulation.Analog;

/// <summary>Register width of the read-noise ADC pass.</summary>
internal enum LaneWidth
{
    /// <summary>128-bit vectors (SSE2 or NEON: every supported processor).</summary>
    Bits128 = 128,

    /// <summary>256-bit vectors (AVX2).</summary>
    Bits256 = 256,

    /// <summary>512-bit vectors (AVX-512).</summary>
    Bits512 = 512,
}

/// <summary>Which <see cref="LaneWidth"/> this processor runs natively.</summary>
internal static class LaneWidths
{
    /// <summary>Gets the widest accelerated width (a wider one would run in software, many times slower).</summary>
    public static LaneWidth Widest { get; } =
        Vector512.IsHardwareAccelerated ? LaneWidth.Bits512 : Vector256.IsHardwareAccelerated ? LaneWidth.Bits256 : LaneWidth.Bits128;
}
