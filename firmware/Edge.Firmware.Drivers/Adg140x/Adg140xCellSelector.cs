// SPDX-License-Identifier: MIT
using System;
using Edge.Firmware.Hal;

namespace Edge.Firmware.Drivers.Adg140x
{
    /// <summary>
    /// Cell selection on the reference board: each bank is four ADG1408s (one per terminal line T1..T4) sharing the
    /// address pins and one EN, so cell k is bank k / 8, channel k % 8; one ADG1409 pair routes the four terminal
    /// buses to drive/ground/sense for the read or the write path. Break-before-make: every EN goes low first, the
    /// addresses change only while everything is open, then the path closes and the cell connects last.
    /// </summary>
    /// <remarks>
    /// The dead time between break and make is the GPIO write time (microseconds on the ESP32), far above the
    /// switches' turn-off time (hundreds of ns), so no explicit delay is needed.
    /// </remarks>
    public sealed class Adg140xCellSelector : ICellSelector
    {
        private readonly Adg1408[] banks;
        private readonly Adg1409 pathMux;
        private readonly int readPathChannel;
        private readonly int writePathChannel;

        /// <summary>
        /// Creates the selector. <paramref name="readPathChannel"/> and <paramref name="writePathChannel"/> are the
        /// path multiplexer channels wired for the read (T1 drive, T3 sense, T2/T4 ground) and write (T2/T4 drive,
        /// T1/T3 ground) routings.
        /// </summary>
        public Adg140xCellSelector(Adg1408[] banks, Adg1409 pathMux, int readPathChannel, int writePathChannel)
        {
            if (banks == null || banks.Length == 0 || pathMux == null)
            {
                throw new ArgumentNullException("banks and pathMux are required");
            }

            for (int i = 0; i < banks.Length; i++)
            {
                if (banks[i] == null)
                {
                    throw new ArgumentNullException("banks");
                }
            }

            if (readPathChannel == writePathChannel
                || readPathChannel < 0 || readPathChannel >= pathMux.ChannelCount
                || writePathChannel < 0 || writePathChannel >= pathMux.ChannelCount)
            {
                throw new ArgumentOutOfRangeException("readPathChannel");
            }

            this.banks = banks;
            this.pathMux = pathMux;
            this.readPathChannel = readPathChannel;
            this.writePathChannel = writePathChannel;
        }

        /// <inheritdoc/>
        public int CellCount
        {
            get { return banks.Length * Adg1408.Channels; }
        }

        /// <inheritdoc/>
        public void Select(int cell, CellPath path)
        {
            if (cell < 0 || cell >= CellCount)
            {
                throw new ArgumentOutOfRangeException("cell");
            }

            if (path != CellPath.Read && path != CellPath.Write)
            {
                OpenAll();
                return;
            }

            OpenAll();
            Adg1408 bank = banks[cell / Adg1408.Channels];
            pathMux.SetAddress(path == CellPath.Read ? readPathChannel : writePathChannel);
            bank.SetAddress(cell % Adg1408.Channels);
            pathMux.Enable();
            bank.Enable();
        }

        /// <inheritdoc/>
        public void OpenAll()
        {
            // Disconnect the devices first, then the buses, so no cell ever sees a bus being re-routed.
            for (int i = 0; i < banks.Length; i++)
            {
                banks[i].Disable();
            }

            pathMux.Disable();
        }
    }
}
