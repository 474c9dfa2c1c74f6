// SPDX-License-Identifier: MIT
namespace Edge.Firmware.Hal
{
    /// <summary>One output or input pin, already configured by the application entry point.</summary>
    public interface IGpioPin
    {
        /// <summary>Drives the pin high (true) or low (false).</summary>
        void Write(bool high);

        /// <summary>Reads the pin level.</summary>
        bool Read();
    }
}
