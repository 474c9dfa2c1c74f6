// SPDX-License-Identifier: MIT
namespace Edge.Firmware.Drivers.Ads1262
{
    /// <summary>Register addresses (data sheet SBAS661C, section 9.6 "Register map").</summary>
    internal enum Register : byte
    {
        Id = 0x00,
        Power = 0x01,
        Interface = 0x02,
        Mode0 = 0x03,
        Mode1 = 0x04,
        Mode2 = 0x05,
        InputMux = 0x06,
        OffsetCalibration0 = 0x07,
        FullScaleCalibration0 = 0x0A,
        IdacMux = 0x0D,
        IdacMagnitude = 0x0E,
        ReferenceMux = 0x0F,
    }
}
