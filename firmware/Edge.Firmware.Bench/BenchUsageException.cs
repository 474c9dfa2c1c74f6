// SPDX-License-Identifier: MIT
namespace Edge.Firmware.Bench;

/// <summary>A bad command line or missing hardware: the message says what is wrong and what would be right.</summary>
public sealed class BenchUsageException(string message) : Exception(message);
