// SPDX-License-Identifier: MIT
namespace Edge.Shared.Protocol
{
    /// <summary>
    /// Consistent Overhead Byte Stuffing (Cheshire and Baker, 1999): removes every 0x00 from a frame so 0x00 can
    /// delimit frames on the serial line. Overhead is at most one byte per 254 bytes plus one.
    /// </summary>
    public static class Cobs
    {
        /// <summary>Worst-case encoded length (without the delimiter) of <paramref name="length"/> raw bytes.</summary>
        public static int MaxEncodedLength(int length)
        {
            return length + (length / 254) + 1;
        }

        /// <summary>Encodes <paramref name="count"/> bytes into <paramref name="output"/>; returns the encoded length (no delimiter).</summary>
        public static int Encode(byte[] input, int offset, int count, byte[] output, int outputOffset)
        {
            int codeIndex = outputOffset;
            int write = outputOffset + 1;
            byte code = 1;
            int end = offset + count;
            for (int i = offset; i < end; i++)
            {
                byte b = input[i];
                if (b == 0)
                {
                    output[codeIndex] = code;
                    codeIndex = write++;
                    code = 1;
                    continue;
                }

                output[write++] = b;
                code++;

                // A full block (254 data bytes) ends here; open the next one only if input remains, so 254 non-zero
                // bytes encode as FF + data with no trailing 01 (the minimal form of the published COBS examples).
                if (code == 0xFF && i + 1 < end)
                {
                    output[codeIndex] = code;
                    codeIndex = write++;
                    code = 1;
                }
            }

            output[codeIndex] = code;
            return write - outputOffset;
        }

        /// <summary>
        /// Decodes one encoded frame (without its delimiter). Returns the decoded length, or -1 when the encoding is
        /// invalid (a 0x00 inside, or a code byte that points past the end) or the output would exceed
        /// <paramref name="outputCapacity"/>.
        /// </summary>
        public static int Decode(byte[] input, int offset, int count, byte[] output, int outputOffset, int outputCapacity)
        {
            int read = offset;
            int end = offset + count;
            int write = outputOffset;
            int limit = outputOffset + outputCapacity;
            while (read < end)
            {
                int code = input[read++];
                if (code == 0 || read + code - 1 > end)
                {
                    return -1;
                }

                for (int i = 1; i < code; i++)
                {
                    byte b = input[read++];
                    if (b == 0 || write >= limit)
                    {
                        return -1;
                    }

                    output[write++] = b;
                }

                if (code != 0xFF && read < end)
                {
                    if (write >= limit)
                    {
                        return -1;
                    }

                    output[write++] = 0;
                }
            }

            return write - outputOffset;
        }
    }
}
