// SPDX-License-Identifier: MIT
namespace Edge.Firmware.Hal
{
    /// <summary>The read chain: the sense/transimpedance stage and the ADC that measure I13 during a read.</summary>
    public interface IAdcChannel
    {
        /// <summary>
        /// Samples the read current once and returns it in amperes. Returns false when the converter saturated or the
        /// compliance limit tripped; the controller reports that as a status flag instead of using the value.
        /// </summary>
        bool TryReadCurrent(out double currentAmps);
    }
}
