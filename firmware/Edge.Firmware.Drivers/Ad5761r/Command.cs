// SPDX-License-Identifier: MIT
namespace Edge.Firmware.Drivers.Ad5761r
{
    /// <summary>
    /// Register address field DB19..DB16 of the 24-bit input shift register (AD5761R/AD5721R data sheet Rev. C,
    /// "Input shift register commands" table). DB23..DB21 are don't care and DB20 must be 0, so the command is the
    /// whole first byte of a frame.
    /// </summary>
    internal enum Command : byte
    {
        Nop = 0x0,
        WriteInputRegister = 0x1,
        UpdateDacFromInputRegister = 0x2,
        WriteAndUpdateDacRegister = 0x3,
        WriteControlRegister = 0x4,
        SoftwareDataReset = 0x7,
        DisableDaisyChain = 0x9,
        ReadBackInputRegister = 0xA,
        ReadBackDacRegister = 0xB,
        ReadBackControlRegister = 0xC,
        SoftwareFullReset = 0xF,
    }
}
