// SPDX-License-Identifier: MIT
namespace Edge.Host.Programming;

/// <summary>How programming one cell ended.</summary>
public enum ProgrammingStatus
{
    /// <summary>The scheme finished normally: FFP reached the level's target, write-verify came within tolerance.</summary>
    Done,

    /// <summary>
    /// The scheme gave up or the board reported a problem for this cell (pulse bound, reversal bound, saturated read,
    /// refused command). The outcome still carries the pulses applied and the resistance read back: the cell's real
    /// state, never a silently accepted value.
    /// </summary>
    Failed,
}
