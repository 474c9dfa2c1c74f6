// SPDX-License-Identifier: MIT
namespace Edge.Firmware
{
    /// <summary>Who the board is, fixed at boot by the application entry point.</summary>
    public sealed class BoardIdentity
    {
        /// <summary>Creates an identity.</summary>
        public BoardIdentity(uint boardId, ushort session)
        {
            BoardId = boardId;
            Session = session == 0 ? (ushort)1 : session;
        }

        /// <summary>Firmware build reported in HELLO: major &lt;&lt; 24 | minor &lt;&lt; 16 | patch.</summary>
        public const uint FirmwareBuild = (0u << 24) | (1u << 16) | 0u;

        /// <summary>Board identity (e.g. from the ESP32's MAC, or the virtual board's configuration).</summary>
        public uint BoardId { get; private set; }

        /// <summary>Session id, random per boot (never 0: 0 is what a host sends before its HELLO).</summary>
        public ushort Session { get; private set; }
    }
}
