// SPDX-License-Identifier: MIT
using Edge.Firmware.Hal;

namespace Edge.Firmware.Bench.Simulated;

/// <summary>
/// An ADS1262 (ADC1) at register level: RESET, START1, STOP1, RDATA1, RREG and WREG opcodes, the register file with
/// its reset values, INPMUX input selection, the PGA gain or bypass of MODE2, the optional status byte and checksum
/// of INTERFACE, and DRDY. While converting, DRDY falls once per conversion period of MODE2's data rate; polling it
/// lets that much device time pass, so an 11-conversion read costs ~9 ms of device time at 1200 SPS, as on the board.
/// Codes are round(2^31 x gain x V / VREF), clipped to the 32-bit range.
/// </summary>
public sealed class SimulatedAds1262 : ISpiDevice
{
    /// <summary>ID register value of the model (DEV_ID bits 7..5 = 000: ADS1262).</summary>
    public const byte IdValue = 0x01;

    private const double ReferenceVolts = 2.5;

    // MODE2 DR[3:0] -> samples per second (data sheet Table 9-3).
    private static readonly double[] RatesSps = [2.5, 5, 10, 16.6, 20, 50, 60, 100, 400, 1200, 2400, 4800, 7200, 14400, 19200, 38400];

    private readonly Func<int, double> inputVolts;
    private readonly IClock clock;
    private readonly double noiseVoltsRms;
    private readonly Random random;
    private readonly byte[] registers = new byte[0x1B];
    private bool conversionReady;

    /// <summary>
    /// Creates the chip. <paramref name="inputVolts"/> gives the voltage on AINx (x = 0..10, 10 = AINCOM) against
    /// ground; <paramref name="clock"/> is the device clock DRDY waits on; conversions carry Gaussian noise of
    /// <paramref name="noiseVoltsRms"/> (seeded by <paramref name="seed"/>).
    /// </summary>
    public SimulatedAds1262(Func<int, double> inputVolts, IClock clock, double noiseVoltsRms = 0, int seed = 1)
    {
        this.inputVolts = inputVolts;
        this.clock = clock;
        this.noiseVoltsRms = noiseVoltsRms;
        random = new Random(seed);
        DataReady = new SimulatedPin("ADC_DRDY", PollDataReady);
        LoadResetValues();
    }

    /// <summary>The DRDY output (active low).</summary>
    public SimulatedPin DataReady { get; }

    /// <summary>True between START1 and STOP1.</summary>
    public bool Converting { get; private set; }

    /// <summary>Conversions read with RDATA1.</summary>
    public long ConversionsRead { get; private set; }

    /// <summary>RESET commands received.</summary>
    public int Resets { get; private set; }

    /// <summary>A register's current value.</summary>
    public byte Register(int address) => registers[address];

    /// <inheritdoc/>
    public void Write(byte[] buffer, int offset, int count)
    {
        var read = new byte[count];
        var write = new byte[count];
        Array.Copy(buffer, offset, write, 0, count);
        TransferFullDuplex(write, read, count);
    }

    /// <inheritdoc/>
    public void TransferFullDuplex(byte[] write, byte[] read, int count)
    {
        Array.Clear(read, 0, count);
        if (count == 0)
        {
            return;
        }

        int opcode = write[0];
        if (opcode is 0x06 or 0x07)
        {
            Resets++;
            LoadResetValues();
        }
        else if (opcode is 0x08 or 0x09)
        {
            Converting = true;
            conversionReady = false;
        }
        else if (opcode is 0x0A or 0x0B)
        {
            Converting = false;
        }
        else if (opcode is 0x12 or 0x13)
        {
            ReadData(read, count);
        }
        else if ((opcode & 0xE0) == 0x20 && count >= 2)
        {
            int first = opcode & 0x1F;
            for (int i = 0; i <= (write[1] & 0x1F) && 2 + i < count && first + i < registers.Length; i++)
            {
                read[2 + i] = registers[first + i];
            }
        }
        else if ((opcode & 0xE0) == 0x40 && count >= 2)
        {
            int first = opcode & 0x1F;
            for (int i = 0; i <= (write[1] & 0x1F) && 2 + i < count && first + i < registers.Length; i++)
            {
                if (first + i != 0)
                {
                    registers[first + i] = write[2 + i]; // ID is read-only
                }
            }
        }
    }

    private bool PollDataReady()
    {
        if (!Converting)
        {
            return true; // DRDY stays high: no conversion will come
        }

        if (!conversionReady)
        {
            clock.Wait(1000.0 / RatesSps[registers[0x05] & 0x0F]);
            conversionReady = true;
        }

        return false;
    }

    private void ReadData(byte[] read, int count)
    {
        int code = Convert();
        conversionReady = false;
        ConversionsRead++;
        int i = 1;
        byte interfaceBits = registers[0x02];
        if ((interfaceBits & 0x04) != 0 && i < count)
        {
            read[i++] = 0x40; // ADC1 "new data" status
        }

        int firstData = i;
        for (int shift = 24; shift >= 0 && i < count; shift -= 8)
        {
            read[i++] = (byte)(code >> shift);
        }

        if ((interfaceBits & 0x03) == 0x01 && i < count)
        {
            int sum = 0x9B;
            for (int k = firstData; k < firstData + 4; k++)
            {
                sum += read[k];
            }

            read[i] = (byte)sum;
        }
    }

    private int Convert()
    {
        byte mux = registers[0x06];
        double volts = inputVolts(mux >> 4) - inputVolts(mux & 0x0F);
        if (noiseVoltsRms > 0)
        {
            double u1 = 1.0 - random.NextDouble();
            double u2 = random.NextDouble();
            volts += noiseVoltsRms * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
        }

        byte mode2 = registers[0x05];
        double gain = (mode2 & 0x80) != 0 ? 1.0 : 1 << ((mode2 >> 4) & 0x07);
        double scaled = Math.Round(gain * volts / ReferenceVolts * 2147483648.0);
        return scaled >= int.MaxValue ? int.MaxValue : scaled <= int.MinValue ? int.MinValue : (int)scaled;
    }

    private void LoadResetValues()
    {
        // Register map reset values (data sheet section 9.6): POWER 11h, INTERFACE 05h, MODE0 00h, MODE1 80h (FIR),
        // MODE2 04h (20 SPS, PGA on at gain 1), INPMUX 01h (AIN0 - AIN1), REFMUX 00h.
        Array.Clear(registers);
        registers[0x00] = IdValue;
        registers[0x01] = 0x11;
        registers[0x02] = 0x05;
        registers[0x04] = 0x80;
        registers[0x05] = 0x04;
        registers[0x06] = 0x01;
        Converting = false;
        conversionReady = false;
    }
}
