// SPDX-License-Identifier: MIT
namespace Edge.Shared.Protocol
{
    /// <summary>Outcome of validating a decoded frame (length first, then CRC).</summary>
    public enum FrameCheck : byte
    {
        /// <summary>Length and CRC are right.</summary>
        Ok = 0,

        /// <summary>Shorter than header + CRC, payload over the cap, or header length disagrees with the frame.</summary>
        BadLength = 1,

        /// <summary>CRC-32 over header and payload does not match.</summary>
        BadCrc = 2,
    }
}
