// SPDX-License-Identifier: MIT
using Edge.Firmware.Drivers.ReferenceBoard;
using Edge.Firmware.Hal;

namespace Edge.Firmware.Bench.Simulated;

/// <summary>
/// The reference board with simulated chips and one plain resistor per cell, for running the real drivers in CI.
/// The mux state is decoded from the GPIO lines exactly as the ADG1408/ADG1409 truth tables connect them; a read
/// drives the DAC voltage across the selected resistor into the -4.99 kOhm transimpedance stage on AIN0; a write
/// pulse of V volts for t seconds moves the resistor by -<see cref="OhmsPerVoltSecond"/> x V x t (positive volts
/// potentiate: R falls), clamped to [<see cref="LowOhms"/>, <see cref="HighOhms"/>]. A ledger records every pulse and
/// every switching event that happened with the output away from 0 V.
/// </summary>
public sealed class SimulatedReferenceBoard
{
    /// <summary>Cells on the reference board (two banks of eight).</summary>
    public const int CellCount = 16;

    private const double SenseVoltsPerAmp = -4990.0;
    private const double AdcRailVolts = 2.5;
    private const double CurrentLimitAmps = 0.05;

    private readonly double[] resistanceOhms = new double[CellCount];
    private readonly List<PulseRecord> pulses = [];

    /// <summary>Creates the board; cell k starts at 740 + 140 k / 15 ohm (the paper's LRS..HRS window).</summary>
    public SimulatedReferenceBoard(double adcNoiseVoltsRms = 0, int seed = 1)
    {
        for (int k = 0; k < CellCount; k++)
        {
            resistanceOhms[k] = LowOhms + ((HighOhms - LowOhms) * k / (CellCount - 1));
        }

        Clock = new SimulatedClock(Advance);
        Dac = new SimulatedAd5761r();
        Adc = new SimulatedAds1262(AdcInputVolts, Clock, adcNoiseVoltsRms, seed);
        CellA0 = new SimulatedPin("CELL_A0", OnSwitch);
        CellA1 = new SimulatedPin("CELL_A1", OnSwitch);
        CellA2 = new SimulatedPin("CELL_A2", OnSwitch);
        CellEnable0 = new SimulatedPin("CELL_EN0", OnSwitch);
        CellEnable1 = new SimulatedPin("CELL_EN1", OnSwitch);
        PathA0 = new SimulatedPin("PATH_A0", OnSwitch);
        PathEnable = new SimulatedPin("PATH_EN", OnSwitch);
        CurrentLimitFlag = new SimulatedPin("ILIM_FLAG", () => !CurrentLimitActive);
    }

    /// <summary>Lowest resistance a cell reaches, ohm (paper: LRS 740 ohm).</summary>
    public double LowOhms { get; init; } = 740;

    /// <summary>Highest resistance a cell reaches, ohm (paper: HRS 880 ohm).</summary>
    public double HighOhms { get; init; } = 880;

    /// <summary>Resistance change per volt-second of write pulse, ohm / (V s).</summary>
    public double OhmsPerVoltSecond { get; init; } = 2.0;

    /// <summary>Device time.</summary>
    public SimulatedClock Clock { get; }

    /// <summary>The DAC.</summary>
    public SimulatedAd5761r Dac { get; }

    /// <summary>The ADC.</summary>
    public SimulatedAds1262 Adc { get; }

    /// <summary>A0 of every ADG1408.</summary>
    public SimulatedPin CellA0 { get; }

    /// <summary>A1 of every ADG1408.</summary>
    public SimulatedPin CellA1 { get; }

    /// <summary>A2 of every ADG1408.</summary>
    public SimulatedPin CellA2 { get; }

    /// <summary>EN of bank 0.</summary>
    public SimulatedPin CellEnable0 { get; }

    /// <summary>EN of bank 1.</summary>
    public SimulatedPin CellEnable1 { get; }

    /// <summary>A0 of the path router.</summary>
    public SimulatedPin PathA0 { get; }

    /// <summary>EN of the path router.</summary>
    public SimulatedPin PathEnable { get; }

    /// <summary>The output stage's current-limit flag (active low).</summary>
    public SimulatedPin CurrentLimitFlag { get; }

    /// <summary>Forces the current-limit flag (a short on the array), for tests.</summary>
    public bool ForceCurrentLimit { get; set; }

    /// <summary>Pulses applied, in order.</summary>
    public IReadOnlyList<PulseRecord> Pulses => pulses;

    /// <summary>Mux lines that changed while the output was away from 0 V (break-before-make at 0 V keeps this 0).</summary>
    public int HotSwitchEvents { get; private set; }

    /// <summary>Times both banks were enabled together (two cells on one bus).</summary>
    public int BankConflicts { get; private set; }

    /// <summary>The cell connected now, or -1.</summary>
    public int ConnectedCell
    {
        get
        {
            if (!PathEnable.Level || CellEnable0.Level == CellEnable1.Level)
            {
                return -1;
            }

            int channel = (CellA0.Level ? 1 : 0) | (CellA1.Level ? 2 : 0) | (CellA2.Level ? 4 : 0);
            return (CellEnable1.Level ? 8 : 0) + channel;
        }
    }

    /// <summary>The routing the path router has closed (ADG1409 channel 0 = read, 1 = write).</summary>
    public CellPath Path => !PathEnable.Level ? CellPath.Open : PathA0.Level ? CellPath.Write : CellPath.Read;

    /// <summary>True while the output stage limits current.</summary>
    public bool CurrentLimitActive
    {
        get
        {
            int cell = ConnectedCell;
            return ForceCurrentLimit || (cell >= 0 && Math.Abs(Dac.OutputVolts) / resistanceOhms[cell] > CurrentLimitAmps);
        }
    }

    /// <summary>The resistance of a cell, ohm.</summary>
    public double ResistanceOhms(int cell) => resistanceOhms[cell];

    /// <summary>Sets the resistance of a cell, ohm.</summary>
    public void SetResistanceOhms(int cell, double ohms) => resistanceOhms[cell] = ohms;

    /// <summary>The buses and pins as the firmware sees them.</summary>
    public ReferenceBoardWiring Wiring() => new()
    {
        DacSpi = Dac,
        AdcSpi = Adc,
        AdcDataReady = Adc.DataReady,
        CurrentLimitFlag = CurrentLimitFlag,
        CellA0 = CellA0,
        CellA1 = CellA1,
        CellA2 = CellA2,
        CellEnable0 = CellEnable0,
        CellEnable1 = CellEnable1,
        PathA0 = PathA0,
        PathEnable = PathEnable,
    };

    private double AdcInputVolts(int input)
    {
        // AIN0 = TIA output, AIN1 = its reference ground; every other input is unconnected (0 V).
        if (input != 0)
        {
            return 0.0;
        }

        int cell = ConnectedCell;
        if (cell < 0 || Path != CellPath.Read)
        {
            return 0.0;
        }

        double amps = Dac.OutputVolts / resistanceOhms[cell];
        return Math.Clamp(SenseVoltsPerAmp * amps, -AdcRailVolts, AdcRailVolts);
    }

    private void Advance(double durationMs)
    {
        int cell = ConnectedCell;
        double volts = Dac.OutputVolts;
        if (cell < 0 || Path != CellPath.Write || volts == 0.0)
        {
            return;
        }

        pulses.Add(new PulseRecord(cell, volts, durationMs));
        double next = resistanceOhms[cell] - (OhmsPerVoltSecond * volts * durationMs / 1000.0);
        resistanceOhms[cell] = Math.Clamp(next, LowOhms, HighOhms);
    }

    private void OnSwitch()
    {
        if (Dac.OutputVolts != 0.0)
        {
            HotSwitchEvents++;
        }

        if (CellEnable0.Level && CellEnable1.Level)
        {
            BankConflicts++;
        }
    }
}
