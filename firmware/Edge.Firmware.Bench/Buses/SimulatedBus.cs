// SPDX-License-Identifier: MIT
using Edge.Firmware.Bench.Simulated;
using Edge.Firmware.Drivers.ReferenceBoard;
using Edge.Firmware.Hal;

namespace Edge.Firmware.Bench.Buses;

/// <summary>Register-level simulated chips and one resistor per cell (<see cref="SimulatedReferenceBoard"/>), in simulated device time.</summary>
public sealed class SimulatedBus(SimulatedReferenceBoard board) : IBenchBus
{
    /// <summary>The simulated board (tests inspect its ledger).</summary>
    public SimulatedReferenceBoard Board { get; } = board;

    /// <inheritdoc/>
    public string Description => "simulated AD5761R + ADS1262 + ADG1408/ADG1409, 16 resistors";

    /// <inheritdoc/>
    public ReferenceBoardWiring Wiring { get; } = board.Wiring();

    /// <inheritdoc/>
    public IClock DeviceClock => Board.Clock;

    /// <inheritdoc/>
    public void Dispose()
    {
    }
}
