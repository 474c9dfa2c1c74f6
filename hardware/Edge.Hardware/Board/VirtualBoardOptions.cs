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

    /// <summary>
    /// Board identity reported in HELLO; null (the default) derives it from the array's identity (device parameters
    /// and cell count, <see cref="VirtualBoard.IdentityOf"/>), as a real board's id comes from its hardware.
    /// </summary>
    public uint? BoardId { get; init; }

    /// <summary>The read chain.</summary>
    public ReadChainSettings ReadChain { get; init; } = new();

    /// <summary>
    /// Wall-clock mode: every pulse and rest also takes this many wall seconds per device second (1 = real time,
    /// 0.01 = a 0.8 s pulse in 8 ms). 0, the default, runs in simulated time as fast as the CPU allows.
    /// </summary>
    public double TimeScale { get; init; }

    /// <summary>Seed of the ADC noise and the session ids.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>
    /// Mixed into every boot's session id with <see cref="Seed"/> and the boot counter in flash. Seeded runs leave it 0
    /// (their sessions replay); <c>edge board serve</c> draws it from the OS, so a restarted server, whose flash starts
    /// afresh, still gets a new session and its hosts see the reboot.
    /// </summary>
    public ulong BootEntropy { get; init; }
}
