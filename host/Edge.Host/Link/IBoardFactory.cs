// SPDX-License-Identifier: MIT
namespace Edge.Host.Link;

/// <summary>
/// Builds simulated boards of one device. The composition root chooses the device and passes the factory to the
/// library code that needs boards of its own (the default calibration, the benchmarks).
/// </summary>
public interface IBoardFactory
{
    /// <summary>The device's parameters as JSON, recorded so a cache made from another device is never reused.</summary>
    string DeviceJson { get; }

    /// <summary>The builds of the device model and firmware (module version ids), for the same reason.</summary>
    string Build { get; }

    /// <summary>A fresh board with <paramref name="cells"/> cells; <paramref name="seed"/> seeds its read noise and session ids.</summary>
    IVirtualBoard Create(int cells, ulong seed = 1);
}
