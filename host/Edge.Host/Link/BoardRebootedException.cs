// SPDX-License-Identifier: MIT

using Edge.Analog.Errors;

namespace Edge.Host.Link;

/// <summary>The board's session id changed: it rebooted. Finished work is safe; reconnect and resume.</summary>
public sealed class BoardRebootedException(string description)
    : EdgeException(ExitCode.Interrupted, $"{description}: the board rebooted (its session id changed). Finished work is kept; reconnect and run again with --resume.")
{
}
