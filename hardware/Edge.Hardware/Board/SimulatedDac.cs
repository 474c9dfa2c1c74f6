// SPDX-License-Identifier: MIT
using Edge.Firmware.Hal;

namespace Edge.Hardware.Board;

/// <summary>
/// A 16-bit DAC behind a bipolar output stage spanning -7.5..+7.5 V (hardware/README.md): quantised like the real
/// one, and it throws on a code outside its range, as a bus-level check that the controller never computes one.
/// </summary>
public sealed class SimulatedDac : IDacChannel
{
    private readonly AnalogFrontEnd analog;

    /// <summary>Creates the DAC driving <paramref name="analog"/>.</summary>
    public SimulatedDac(AnalogFrontEnd analog, int bits = 16, double minVolts = -7.5, double maxVolts = 7.5)
    {
        this.analog = analog;
        Bits = bits;
        MinVolts = minVolts;
        MaxVolts = maxVolts;
        ZeroCode = (int)Math.Round(-minVolts / (maxVolts - minVolts) * ((1 << bits) - 1));
    }

    /// <inheritdoc/>
    public int Bits { get; }

    /// <inheritdoc/>
    public double MinVolts { get; }

    /// <inheritdoc/>
    public double MaxVolts { get; }

    /// <inheritdoc/>
    public int ZeroCode { get; }

    /// <summary>The last code written.</summary>
    public int Code { get; private set; }

    /// <inheritdoc/>
    public void WriteCode(int code)
    {
        int max = (1 << Bits) - 1;
        if (code < 0 || code > max)
        {
            throw new ArgumentOutOfRangeException(nameof(code), code, $"DAC code must be in 0..{max}.");
        }

        Code = code;
        analog.DacVolts = code == ZeroCode ? 0.0 : MinVolts + (code * (MaxVolts - MinVolts) / max);
    }
}
