// SPDX-License-Identifier: MIT
namespace Edge.Analog.Errors;

/// <summary>Process exit codes of the <c>edge</c> tool (documented in docs/cli.md; scripts depend on them).</summary>
public enum ExitCode
{
    /// <summary>Success.</summary>
    Ok = 0,

    /// <summary>An unexpected internal error (a bug: please report it with the printed trace).</summary>
    Internal = 1,

    /// <summary>Bad command line: unknown option, missing or malformed argument.</summary>
    Usage = 2,

    /// <summary>An input file is missing, unreadable or malformed (the message names file, field or line).</summary>
    BadInput = 3,

    /// <summary>No board answered: port missing, link silent or answering garbage.</summary>
    LinkFailed = 4,

    /// <summary>The board speaks another protocol version or message catalogue.</summary>
    ProtocolMismatch = 5,

    /// <summary>The board refused a command (limit, state or table status); it stays in SAFE.</summary>
    BoardRefused = 6,

    /// <summary>The job was interrupted (link lost, board rebooted); finished work is kept and --resume continues it.</summary>
    Interrupted = 7,

    /// <summary>A journal, checkpoint or calibration belongs to another board, device, plan or table generation.</summary>
    Mismatch = 8,

    /// <summary>The device cannot do what was asked (no response in the window, range cannot be covered).</summary>
    DeviceLimit = 9,
}
