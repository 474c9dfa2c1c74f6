// SPDX-License-Identifier: MIT
namespace Edge.Firmware.Hal
{
    /// <summary>The byte stream to the host (UART COM2 on the ESP32, a pty or socket on the virtual board).</summary>
    public interface IByteLink
    {
        /// <summary>Copies up to <paramref name="count"/> received bytes without blocking; returns how many (0 if none).</summary>
        int Read(byte[] buffer, int offset, int count);

        /// <summary>Sends bytes (may block until they are queued).</summary>
        void Write(byte[] buffer, int offset, int count);
    }
}
