// SPDX-License-Identifier: MIT
namespace Edge.Shared.Protocol.Messages
{
    /// <summary>
    /// TABLE_INFO reply: valid u8 | active slot u8 | generation u32 | image length u32 | image CRC u32 | programs u8 |
    /// (direction u8 | level count u16) x programs.
    /// </summary>
    public static class TableInfoReply
    {
        /// <summary>Bytes before the program list.</summary>
        public const int PrefixLength = 15;
    }
}
