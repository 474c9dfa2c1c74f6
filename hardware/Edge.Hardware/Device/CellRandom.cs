// SPDX-License-Identifier: MIT
using Edge.Shared.Numerics;

namespace Edge.Hardware.Device;

/// <summary>
/// xoshiro256** (Blackman and Vigna, 2018) seeded through splitmix64, with Marsaglia's polar method for normals.
/// A mutable struct held in a field of its owner, so drawing a number costs a few integer operations and never
/// allocates; each cell owns independent streams, so cell k behaves the same whatever the array size.
/// </summary>
internal struct CellRandom
{
    private ulong s0;
    private ulong s1;
    private ulong s2;
    private ulong s3;
    private double spareNormal;
    private bool hasSpareNormal;

    /// <summary>Seeds one stream from (device seed, cell index, stream purpose); different triples give unrelated streams.</summary>
    public CellRandom(int seed, int cellIndex, int stream)
    {
        ulong mix = ((ulong)(uint)seed << 32) ^ (uint)cellIndex;
        mix ^= (ulong)(uint)stream * 0xD1B54A32D192ED03UL;
        s0 = SplitMix64.Next(ref mix);
        s1 = SplitMix64.Next(ref mix);
        s2 = SplitMix64.Next(ref mix);
        s3 = SplitMix64.Next(ref mix);
        spareNormal = 0;
        hasSpareNormal = false;
    }

    public ulong NextUInt64()
    {
        ulong result = RotateLeft(s1 * 5, 7) * 9;
        ulong t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = RotateLeft(s3, 45);
        return result;
    }

    /// <summary>Uniform on [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Standard normal; the polar method yields two per accepted pair, the second is kept for the next call.</summary>
    public double NextNormal()
    {
        if (hasSpareNormal)
        {
            hasSpareNormal = false;
            return spareNormal;
        }

        double u;
        double v;
        double s;
        do
        {
            u = (2.0 * NextDouble()) - 1.0;
            v = (2.0 * NextDouble()) - 1.0;
            s = (u * u) + (v * v);
        }
        while (s >= 1.0 || s == 0.0);

        double scale = Math.Sqrt(-2.0 * Math.Log(s) / s);
        spareNormal = v * scale;
        hasSpareNormal = true;
        return u * scale;
    }

    /// <summary>Exponential with mean 1 (inverse transform).</summary>
    public double NextExponential() => -Math.Log(1.0 - NextDouble());

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
