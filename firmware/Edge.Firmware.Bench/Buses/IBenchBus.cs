// SPDX-License-Identifier: MIT
using Edge.Firmware.Drivers.ReferenceBoard;
using Edge.Firmware.Hal;

namespace Edge.Firmware.Bench.Buses;

/// <summary>Where the bench build finds the reference board's chips: real buses on a Pi or a USB bridge, or simulated ones.</summary>
public interface IBenchBus : IDisposable
{
    /// <summary>For the start-up line ("Raspberry Pi SPI0 + GPIO").</summary>
    string Description { get; }

    /// <summary>The opened SPI devices and pins.</summary>
    ReferenceBoardWiring Wiring { get; }

    /// <summary>The device clock pulses are timed with.</summary>
    IClock DeviceClock { get; }
}
