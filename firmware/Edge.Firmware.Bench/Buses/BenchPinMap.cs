// SPDX-License-Identifier: MIT
namespace Edge.Firmware.Bench.Buses;

/// <summary>
/// Where each reference-board signal (hardware/pinmap.md) is wired on a bench host. Chip selects are the bus's own
/// numbering (spidev CE index on the Pi, ADBUS/ACBUS pin on the FT232H, SS line on the FT4222); -1 = not wired (the
/// board's pull-ups keep RESET high, so the chips run).
/// </summary>
public sealed record BenchPinMap
{
    /// <summary>SPI bus number.</summary>
    public int SpiBus { get; init; }

    /// <summary>SPI clock, Hz (both converters accept far more; 1 MHz keeps long jumper wires honest).</summary>
    public int SpiClockHz { get; init; } = 1_000_000;

    /// <summary>AD5761R SYNC.</summary>
    public int DacChipSelect { get; init; }

    /// <summary>ADS1262 CS.</summary>
    public int AdcChipSelect { get; init; }

    /// <summary>ADS1262 DRDY (input).</summary>
    public int AdcDataReady { get; init; }

    /// <summary>LT1970A current-limit flag (input, active low).</summary>
    public int CurrentLimitFlag { get; init; } = -1;

    /// <summary>AD5761R CLEAR (output, held high).</summary>
    public int DacClear { get; init; } = -1;

    /// <summary>ADS1262 RESET/PWDN (output, held high).</summary>
    public int AdcReset { get; init; } = -1;

    /// <summary>AD5761R RESET (output, held high).</summary>
    public int DacReset { get; init; } = -1;

    /// <summary>CELL_A0..A2, CELL_EN0, CELL_EN1, PATH_A0, PATH_EN (outputs).</summary>
    public int[] MuxLines { get; init; } = [];

    /// <summary>
    /// Raspberry Pi (BCM numbers): SPI0 with CE0 = DAC and CE1 = ADC, mode 1. Pins chosen away from I2C, UART and the
    /// SPI pins themselves.
    /// </summary>
    public static BenchPinMap RaspberryPi { get; } = new()
    {
        SpiBus = 0,
        DacChipSelect = 0,
        AdcChipSelect = 1,
        AdcDataReady = 25,
        CurrentLimitFlag = 17,
        DacClear = 22,
        AdcReset = 24,
        DacReset = 23,
        MuxLines = [5, 6, 13, 19, 26, 16, 20],
    };

    /// <summary>
    /// FT232H (pin numbers 0..15 = ADBUS0..7, ACBUS0..7): MPSSE SPI on ADBUS0..2, DAC SYNC on ADBUS3, ADC CS on ADBUS4,
    /// DRDY ADBUS5, current-limit flag ADBUS6, DAC CLEAR ADBUS7, mux lines ACBUS0..6. The two RESET lines stay on the
    /// board's pull-ups: the 13 free pins cannot carry every signal, and the drivers reset both chips by command.
    /// </summary>
    public static BenchPinMap Ft232H { get; } = new()
    {
        SpiBus = 0,
        DacChipSelect = 3,
        AdcChipSelect = 4,
        AdcDataReady = 5,
        CurrentLimitFlag = 6,
        DacClear = 7,
        MuxLines = [8, 9, 10, 11, 12, 13, 14],
    };

    /// <summary>
    /// FT4222H in mode 0: SPI master with DAC on SS line 0 and ADC on SS line 1, DRDY on its GPIO2 and the current-limit
    /// flag on GPIO3. It has only four GPIO, so the seven mux lines come from the host's own GPIO (BCM numbers as on
    /// the Raspberry Pi map).
    /// </summary>
    public static BenchPinMap Ft4222 { get; } = new()
    {
        SpiBus = 0,
        DacChipSelect = 0,
        AdcChipSelect = 1,
        AdcDataReady = 2,
        CurrentLimitFlag = 3,
        MuxLines = [5, 6, 13, 19, 26, 16, 20],
    };
}
