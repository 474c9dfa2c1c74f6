// SPDX-License-Identifier: MIT
using Edge.Analog.ErrorModel;
using Edge.Shared.Numerics;

namespace Edge.Simulation.Analog;

/// <summary>Derives independent, reproducible seeds for (run seed, trial, layer, device side) from one user seed.</summary>
public static class SeedSequence
{
    /// <summary>A seed for one stream; different argument tuples give unrelated seeds (SplitMix64 finaliser).</summary>
    public static ulong Derive(ulong seed, params ReadOnlySpan<long> path)
    {
        var state = SplitMix64.Mix(seed);
        foreach (var part in path)
        {
            state = SplitMix64.Mix(state ^ unchecked((ulong)part * SplitMix64.Increment));
        }

        return state;
    }
}
