// SPDX-License-Identifier: MIT
namespace Edge.Firmware.Platform
{
    /// <summary>
    /// A file (or flash partition) read and written at byte positions: the ESP32 app's internal-flash file, the bench's
    /// disk file or an in-memory image. <see cref="SlotFileStorage"/> lays the two table slots out on it.
    /// </summary>
    public interface IRandomAccessFile
    {
        /// <summary>Current length in bytes (bytes past it have never been written).</summary>
        long Length { get; }

        /// <summary>Reads up to <paramref name="count"/> bytes at <paramref name="position"/>; returns how many (fewer at the end).</summary>
        int Read(long position, byte[] buffer, int offset, int count);

        /// <summary>Writes bytes at <paramref name="position"/>, growing the file when needed.</summary>
        void Write(long position, byte[] buffer, int offset, int count);

        /// <summary>Makes every write so far durable (the table store relies on the header landing after the payload).</summary>
        void Flush();
    }
}
