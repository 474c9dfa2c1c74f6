// SPDX-License-Identifier: MIT
namespace Edge.Firmware.Hal
{
    /// <summary>One SPI device (bus + its chip select), handed to a driver; drivers never create buses.</summary>
    public interface ISpiDevice
    {
        /// <summary>Writes <paramref name="count"/> bytes with chip select asserted for the whole transfer.</summary>
        void Write(byte[] buffer, int offset, int count);

        /// <summary>Full-duplex transfer: writes <paramref name="write"/> while reading into <paramref name="read"/> (same length).</summary>
        void TransferFullDuplex(byte[] write, byte[] read, int count);
    }
}
