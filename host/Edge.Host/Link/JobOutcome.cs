// SPDX-License-Identifier: MIT
using Edge.Shared.Protocol;
using Edge.Shared.Protocol.Messages;

namespace Edge.Host.Link;

/// <summary>How a board job ended: its status, every record in order, and the pulses it applied.</summary>
public sealed record JobOutcome(StatusCode Status, JobRecord[] Records, long Pulses);

/// <summary>Progress of a running job for progress bars: records so far of planned, device time.</summary>
public readonly record struct JobProgress(int Records, int PlannedRecords, long Pulses, double DeviceSeconds);
