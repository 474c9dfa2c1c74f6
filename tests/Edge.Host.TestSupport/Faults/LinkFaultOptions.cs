// SPDX-License-Identifier: MIT
using Edge.Host.Link;

namespace Edge.Host.TestSupport.Faults;

/// <summary>
/// What a <see cref="FaultInjectingTransport"/> does to the frames it carries. Rates are probabilities per frame
/// (0..1), drawn from one seeded stream, so the same options replay the same faults for the same traffic.
/// </summary>
public sealed record LinkFaultOptions
{
    /// <summary>Seed of the fault stream.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Which directions are faulted (frames in the other direction pass untouched but are counted).</summary>
    public LinkDirections Directions { get; init; } = LinkDirections.Both;

    /// <summary>Probability that a frame vanishes.</summary>
    public double DropRate { get; init; }

    /// <summary>Probability that a frame arrives twice in a row.</summary>
    public double DuplicateRate { get; init; }

    /// <summary>Probability that a frame is held back and delivered after the next frame of its direction.</summary>
    public double ReorderRate { get; init; }

    /// <summary>
    /// Probability that a frame is corrupted on the wire: 1..3 distinct flipped bits anywhere in its bytes, the 0x00
    /// delimiter included (the receiver's CRC-32 / COBS / length checks must reject it).
    /// </summary>
    public double BitFlipRate { get; init; }

    /// <summary>
    /// Pull the cable at every k-th frame (both directions counted together; 0 = never): the frame, any held frame and
    /// every byte already in flight towards the host are lost.
    /// </summary>
    public int CablePullEveryFrames { get; init; }

    /// <summary>After a cable pull, the next this-many frames (either direction) are lost too: the cable is out for a while.</summary>
    public int CablePullOutageFrames { get; init; } = 3;

    /// <summary>Checks every rate is a probability and the counts are not negative.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A rate outside 0..1 or a negative count.</exception>
    public void Validate()
    {
        CheckRate(DropRate, nameof(DropRate));
        CheckRate(DuplicateRate, nameof(DuplicateRate));
        CheckRate(ReorderRate, nameof(ReorderRate));
        CheckRate(BitFlipRate, nameof(BitFlipRate));
        ArgumentOutOfRangeException.ThrowIfNegative(CablePullEveryFrames);
        ArgumentOutOfRangeException.ThrowIfNegative(CablePullOutageFrames);
    }

    private static void CheckRate(double rate, string name)
    {
        if (!(rate >= 0 && rate <= 1))
        {
            throw new ArgumentOutOfRangeException(name, rate, "a fault rate is a probability per frame, 0..1");
        }
    }
}

/// <summary>A direction of the link.</summary>
public enum LinkDirection
{
    /// <summary>Host to board (commands).</summary>
    ToBoard,

    /// <summary>Board to host (replies and stream frames).</summary>
    FromBoard,
}

/// <summary>Which directions a fault applies to.</summary>
[Flags]
public enum LinkDirections
{
    /// <summary>Neither.</summary>
    None = 0,

    /// <summary>Host to board.</summary>
    ToBoard = 1,

    /// <summary>Board to host.</summary>
    FromBoard = 2,

    /// <summary>Both.</summary>
    Both = ToBoard | FromBoard,
}
