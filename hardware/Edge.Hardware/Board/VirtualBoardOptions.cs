// SPDX-License-Identifier: MIT
using Edge.Hardware.Device;

namespace Edge.Hardware.Board;

/// <summary>How to build a virtual board.</summary>
public sealed record VirtualBoardOptions
{
    /// <summary>The device every cell is made of (with device-to-device variation from its seed).</summary>
    public DeviceParameters Device { get; init; } = DeviceParameters.Paper;

    /// <summary>Cells in the array (the mux addresses 16-bit cell indices).</summary>
    public int CellCount { get; init; } = 64;

    /// <summary>Board identity reported in HELLO.</summary>
    public uint BoardId { get; init; } = 0xED6E0001;

    /// <summary>The read chain.</summary>
    public ReadChainSettings ReadChain { get; init; } = new();

    /// <summary>Seed of the ADC noise and the session ids.</summary>
    public ulong Seed { get; init; } = 1;
}
