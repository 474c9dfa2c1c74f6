// SPDX-License-Identifier: MIT
using System;
using Edge.Firmware.Drivers.Ad5761r;
using Edge.Firmware.Drivers.Adg140x;
using Edge.Firmware.Drivers.Ads1262;
using Edge.Firmware.Hal;
using Edge.Firmware.Io;

namespace Edge.Firmware.Drivers.ReferenceBoard
{
    /// <summary>
    /// Brings the reference board's chips up in a safe order and returns the controller's <see cref="CellIo"/>. Both the
    /// ESP32 app and the bench build boot through this one method, so the bench exercises exactly the configuration the
    /// board runs (ranges, gains, averaging, path channels: hardware/README.md).
    /// </summary>
    public static class ReferenceBoard
    {
        /// <summary>Output stage gain after the AD5761R (1.50 kOhm / 1.00 kOhm non-inverting), V/V.</summary>
        public const double OutputStageGain = 2.5;

        /// <summary>AD5761R internal reference, V.</summary>
        public const double DacReferenceVolts = 2.5;

        /// <summary>Inverting transimpedance gain of the sense stage (4.99 kOhm), V/A.</summary>
        public const double SenseVoltsPerAmp = -4990.0;

        /// <summary>Conversions averaged per read (the paper's B1500A used 11).</summary>
        public const int AverageCount = 11;

        /// <summary>A conversion beyond this fraction of full scale counts as saturated.</summary>
        public const double SaturationFraction = 0.98;

        /// <summary>DRDY polls before a read gives up (several conversion periods at 1200 SPS on any host).</summary>
        public const int DataReadyPollLimit = 20000;

        /// <summary>Path multiplexer channel wired for reads (T1 drive, T3 sense, T2/T4 ground).</summary>
        public const int ReadPathChannel = 0;

        /// <summary>Path multiplexer channel wired for writes (T2/T4 drive, T1/T3 ground).</summary>
        public const int WritePathChannel = 1;

        /// <summary>
        /// Opens every switch, resets and configures the DAC (power-up and CLEAR level 0 V), resets and configures the
        /// ADC, and returns the cell I/O in SAFE. Opening the switches comes first, before any SPI traffic: the EN
        /// pull-downs already hold them open, and driving EN low explicitly keeps that true whatever the pins did while
        /// the host booted.
        /// </summary>
        public static CellIo Boot(ReferenceBoardWiring wiring, IClock deviceClock)
        {
            if (wiring == null || deviceClock == null)
            {
                throw new ArgumentNullException(wiring == null ? "wiring" : "deviceClock");
            }

            var bank0 = new Adg1408(wiring.CellA0, wiring.CellA1, wiring.CellA2, wiring.CellEnable0);
            var bank1 = new Adg1408(wiring.CellA0, wiring.CellA1, wiring.CellA2, wiring.CellEnable1);
            var paths = new Adg1409(wiring.PathA0, null, wiring.PathEnable);
            var selector = new Adg140xCellSelector(new Adg1408[] { bank0, bank1 }, paths, ReadPathChannel, WritePathChannel);
            selector.OpenAll();

            var dac = new Ad5761r.Ad5761r(wiring.DacSpi);
            dac.Reset();
            dac.Configure(OutputRange.PlusMinus3V, true, Level.MidScale);
            var dacChannel = new Ad5761rDacChannel(dac, OutputRange.PlusMinus3V, DacReferenceVolts, OutputStageGain);

            var adc = new Ads1262.Ads1262(wiring.AdcSpi, wiring.AdcDataReady, DataReadyPollLimit);
            adc.Reset();
            adc.Configure(DataRate.Sps1200, DigitalFilter.Sinc1, AnalogInput.Ain0, AnalogInput.Ain1);
            var current = new Ads1262CurrentChannel(
                adc,
                Ads1262.Ads1262.InternalReferenceVolts,
                SenseVoltsPerAmp,
                AverageCount,
                SaturationFraction,
                wiring.CurrentLimitFlag,
                false);

            return new CellIo(dacChannel, current, selector, deviceClock);
        }
    }
}
