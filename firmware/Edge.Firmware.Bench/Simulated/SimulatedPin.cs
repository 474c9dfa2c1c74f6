// SPDX-License-Identifier: MIT
using Edge.Firmware.Hal;

namespace Edge.Firmware.Bench.Simulated;

/// <summary>
/// One GPIO line of the simulated board. Output pins remember their level and tell the board when it changes; input
/// pins read from a function of the board's state (DRDY, the current-limit flag).
/// </summary>
public sealed class SimulatedPin : IGpioPin
{
    private readonly Func<bool>? input;
    private readonly Action? changed;

    /// <summary>An output pin, low at power-on (the reference board pulls every EN line down).</summary>
    public SimulatedPin(string name, Action? changed = null)
    {
        Name = name;
        this.changed = changed;
    }

    /// <summary>An input pin whose level is <paramref name="input"/>.</summary>
    public SimulatedPin(string name, Func<bool> input)
    {
        Name = name;
        this.input = input;
    }

    /// <summary>The signal name (pinmap.md).</summary>
    public string Name { get; }

    /// <summary>The level driven (output pins).</summary>
    public bool Level { get; private set; }

    /// <inheritdoc/>
    public void Write(bool high)
    {
        if (input != null)
        {
            throw new InvalidOperationException($"{Name} is an input: the firmware must not drive it.");
        }

        bool was = Level;
        Level = high;
        if (was != high)
        {
            changed?.Invoke();
        }
    }

    /// <inheritdoc/>
    public bool Read() => input != null ? input() : Level;
}
