// SPDX-License-Identifier: MIT
using System;
using Edge.Firmware.Hal;

namespace Edge.Firmware.Drivers.Adg140x
{
    /// <summary>
    /// What the ADG1408 and ADG1409 share (ADG1408/ADG1409 data sheet, truth tables): EN low opens every switch; with EN
    /// high the binary address on A0, A1 (, A2) closes one channel. An address line may be tied low in hardware (a null
    /// pin), which limits the channels to those below it.
    /// </summary>
    public abstract class Adg140xMux
    {
        private readonly IGpioPin[] address;
        private readonly IGpioPin enable;
        private readonly int channelCount;

        /// <summary>Creates the driver on output pins the application configured (EN should have a pull-down).</summary>
        protected Adg140xMux(IGpioPin enable, IGpioPin[] address)
        {
            if (enable == null || address == null || address.Length == 0 || address[0] == null)
            {
                throw new ArgumentNullException("enable and a0 are required");
            }

            this.enable = enable;
            this.address = address;
            int driven = 0;
            while (driven < address.Length && address[driven] != null)
            {
                driven++;
            }

            channelCount = 1 << driven;
        }

        /// <summary>Addressable channels (fewer when an address line is tied low).</summary>
        public int ChannelCount
        {
            get { return channelCount; }
        }

        /// <summary>EN low: every switch open.</summary>
        public void Disable()
        {
            enable.Write(false);
        }

        /// <summary>Drives the address lines only; call while disabled so no intermediate channel is ever closed.</summary>
        public void SetAddress(int channel)
        {
            if (channel < 0 || channel >= channelCount)
            {
                throw new ArgumentOutOfRangeException("channel");
            }

            for (int line = 0; line < address.Length && address[line] != null; line++)
            {
                address[line].Write((channel & (1 << line)) != 0);
            }
        }

        /// <summary>EN high: closes the addressed switch (both switches of the pair on the ADG1409).</summary>
        public void Enable()
        {
            enable.Write(true);
        }
    }
}
