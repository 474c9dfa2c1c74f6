// SPDX-License-Identifier: MIT
namespace Edge.Firmware.Hal
{
    /// <summary>One I2C device at a fixed address, handed to a driver.</summary>
    public interface II2cDevice
    {
        /// <summary>Writes bytes to the device.</summary>
        void Write(byte[] buffer, int offset, int count);

        /// <summary>Writes <paramref name="writeCount"/> bytes, then reads <paramref name="readCount"/> bytes (repeated start).</summary>
        void WriteRead(byte[] write, int writeCount, byte[] read, int readCount);
    }
}
