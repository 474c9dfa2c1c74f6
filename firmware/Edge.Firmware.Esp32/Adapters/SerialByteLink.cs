// SPDX-License-Identifier: MIT
using System.IO.Ports;
using Edge.Firmware.Hal;

namespace Edge.Firmware.Esp32.Adapters
{
    /// <summary>COM2 as the controller's link: 8N1, no flow control; reads never block (only what has arrived).</summary>
    internal sealed class SerialByteLink : IByteLink
    {
        private readonly SerialPort port;

        public SerialByteLink(string portName, int baudRate)
        {
            port = new SerialPort(portName, baudRate, Parity.None, 8, StopBits.One);
            port.Handshake = Handshake.None;
            port.ReadBufferSize = 2048; // a whole table chunk frame plus a retry fits while a pulse runs
            port.Open();
        }

        public int Read(byte[] buffer, int offset, int count)
        {
            int available = port.BytesToRead;
            if (available <= 0)
            {
                return 0;
            }

            return port.Read(buffer, offset, available < count ? available : count);
        }

        public void Write(byte[] buffer, int offset, int count)
        {
            port.Write(buffer, offset, count);
        }
    }
}
