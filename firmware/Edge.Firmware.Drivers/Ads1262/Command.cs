// SPDX-License-Identifier: MIT
namespace Edge.Firmware.Drivers.Ads1262
{
    /// <summary>Command opcodes (ADS1262/ADS1263 data sheet SBAS661C, section 9.5 "Commands", command table).</summary>
    internal enum Command : byte
    {
        Nop = 0x00,
        Reset = 0x06,
        Start1 = 0x08,
        Stop1 = 0x0A,
        ReadData1 = 0x12,
        SystemOffsetCalibration1 = 0x16,
        SystemGainCalibration1 = 0x17,
        SelfOffsetCalibration1 = 0x19,

        /// <summary>RREG: 001r rrrr, then 000n nnnn = number of registers - 1.</summary>
        ReadRegister = 0x20,

        /// <summary>WREG: 010r rrrr, then 000n nnnn = number of registers - 1, then the data bytes.</summary>
        WriteRegister = 0x40,
    }
}
