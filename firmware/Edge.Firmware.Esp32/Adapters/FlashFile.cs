// SPDX-License-Identifier: MIT
using System.IO;
using Edge.Firmware.Platform;

namespace Edge.Firmware.Esp32.Adapters
{
    /// <summary>A file on the ESP32's internal flash file system (drive I:) as the table slots' backing store.</summary>
    internal sealed class FlashFile : IRandomAccessFile
    {
        private readonly FileStream stream;

        public FlashFile(string path)
        {
            stream = new FileStream(path, FileMode.OpenOrCreate);
        }

        public long Length
        {
            get { return stream.Length; }
        }

        public int Read(long position, byte[] buffer, int offset, int count)
        {
            stream.Seek(position, SeekOrigin.Begin);
            return stream.Read(buffer, offset, count);
        }

        public void Write(long position, byte[] buffer, int offset, int count)
        {
            stream.Seek(position, SeekOrigin.Begin);
            stream.Write(buffer, offset, count);
        }

        public void Flush()
        {
            stream.Flush();
        }
    }
}
