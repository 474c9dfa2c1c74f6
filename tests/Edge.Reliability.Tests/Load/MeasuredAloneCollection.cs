// SPDX-License-Identifier: MIT
using Xunit;

namespace Edge.Reliability.Tests.Load;

/// <summary>
/// Tests that measure the process (managed heap, throughput) run with no other test of this assembly beside them:
/// GC.GetTotalMemory counts every thread's allocations, so a campaign running in parallel reads as a leak.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MeasuredAloneCollection
{
    public const string Name = "measured alone";
}
