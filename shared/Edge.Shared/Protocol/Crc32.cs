// SPDX-License-Identifier: MIT
namespace Edge.Shared.Protocol
{
    /// <summary>
    /// CRC-32/ISO-HDLC (the zip/Ethernet CRC: reflected polynomial 0xEDB88320, init and xor-out 0xFFFFFFFF),
    /// table-driven. Check value 0xCBF43926 for ASCII "123456789"; the host tests it against System.IO.Hashing.Crc32.
    /// </summary>
    public static class Crc32
    {
        /// <summary>The register value before the first byte and the final xor.</summary>
        public const uint Seed = 0xFFFFFFFFu;

        private static readonly uint[] Table = BuildTable();

        /// <summary>CRC of <paramref name="count"/> bytes of <paramref name="data"/> starting at <paramref name="offset"/>.</summary>
        public static uint Compute(byte[] data, int offset, int count)
        {
            return ~Update(Seed, data, offset, count);
        }

        /// <summary>
        /// Continues a running register (start with <see cref="Seed"/>, finish with bitwise NOT) so a table can be
        /// checked chunk by chunk while it streams into flash.
        /// </summary>
        public static uint Update(uint register, byte[] data, int offset, int count)
        {
            uint crc = register;
            int end = offset + count;
            for (int i = offset; i < end; i++)
            {
                crc = Table[(crc ^ data[i]) & 0xFF] ^ (crc >> 8);
            }

            return crc;
        }

        private static uint[] BuildTable()
        {
            var table = new uint[256];
            for (uint n = 0; n < 256; n++)
            {
                uint c = n;
                for (int k = 0; k < 8; k++)
                {
                    c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
                }

                table[n] = c;
            }

            return table;
        }
    }
}
