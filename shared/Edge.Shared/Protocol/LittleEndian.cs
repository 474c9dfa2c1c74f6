// SPDX-License-Identifier: MIT
namespace Edge.Shared.Protocol
{
    /// <summary>Little-endian integer access to byte arrays (every multi-byte field on the wire and in tables).</summary>
    public static class LittleEndian
    {
        /// <summary>Writes an unsigned 16-bit value.</summary>
        public static void WriteUInt16(byte[] buffer, int offset, ushort value)
        {
            buffer[offset] = (byte)value;
            buffer[offset + 1] = (byte)(value >> 8);
        }

        /// <summary>Writes a signed 16-bit value.</summary>
        public static void WriteInt16(byte[] buffer, int offset, short value)
        {
            WriteUInt16(buffer, offset, (ushort)value);
        }

        /// <summary>Writes an unsigned 32-bit value.</summary>
        public static void WriteUInt32(byte[] buffer, int offset, uint value)
        {
            buffer[offset] = (byte)value;
            buffer[offset + 1] = (byte)(value >> 8);
            buffer[offset + 2] = (byte)(value >> 16);
            buffer[offset + 3] = (byte)(value >> 24);
        }

        /// <summary>Writes a signed 32-bit value.</summary>
        public static void WriteInt32(byte[] buffer, int offset, int value)
        {
            WriteUInt32(buffer, offset, (uint)value);
        }

        /// <summary>Reads an unsigned 16-bit value.</summary>
        public static ushort ReadUInt16(byte[] buffer, int offset)
        {
            return (ushort)(buffer[offset] | (buffer[offset + 1] << 8));
        }

        /// <summary>Reads a signed 16-bit value.</summary>
        public static short ReadInt16(byte[] buffer, int offset)
        {
            return (short)ReadUInt16(buffer, offset);
        }

        /// <summary>Reads an unsigned 32-bit value.</summary>
        public static uint ReadUInt32(byte[] buffer, int offset)
        {
            return (uint)(buffer[offset] | (buffer[offset + 1] << 8) | (buffer[offset + 2] << 16) | (buffer[offset + 3] << 24));
        }

        /// <summary>Reads a signed 32-bit value.</summary>
        public static int ReadInt32(byte[] buffer, int offset)
        {
            return (int)ReadUInt32(buffer, offset);
        }
    }
}
