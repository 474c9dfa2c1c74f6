// SPDX-License-Identifier: MIT
namespace Edge.Firmware.Hal
{
    /// <summary>
    /// Raw non-volatile storage for the two table slots (A = 0, B = 1). Byte-addressed writes may be interrupted by
    /// power loss at any point; the table store above it (two slots, header written last) makes that safe.
    /// </summary>
    public interface ITableStorage
    {
        /// <summary>Capacity of one slot in bytes.</summary>
        int SlotCapacity { get; }

        /// <summary>Reads <paramref name="count"/> bytes of slot <paramref name="slot"/> from <paramref name="offset"/>.</summary>
        void Read(int slot, int offset, byte[] buffer, int bufferOffset, int count);

        /// <summary>Writes bytes into a slot. One call is one flash write step.</summary>
        void Write(int slot, int offset, byte[] buffer, int bufferOffset, int count);

        /// <summary>Erases a whole slot (all bytes 0xFF).</summary>
        void Erase(int slot);
    }
}
