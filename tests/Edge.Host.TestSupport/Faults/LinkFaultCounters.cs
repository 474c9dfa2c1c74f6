// SPDX-License-Identifier: MIT
using Edge.Host.Link;

namespace Edge.Host.TestSupport.Faults;

/// <summary>What a <see cref="FaultInjectingTransport"/> did, per direction where it matters (for the reliability report).</summary>
public sealed class LinkFaultCounters
{
    /// <summary>Frames the host wrote.</summary>
    public long FramesToBoard { get; internal set; }

    /// <summary>Frames the board sent.</summary>
    public long FramesFromBoard { get; internal set; }

    /// <summary>Frames dropped by the drop rate.</summary>
    public long Dropped { get; internal set; }

    /// <summary>Frames delivered twice.</summary>
    public long Duplicated { get; internal set; }

    /// <summary>Frames held back behind the next frame.</summary>
    public long Reordered { get; internal set; }

    /// <summary>Frames with flipped bits.</summary>
    public long Corrupted { get; internal set; }

    /// <summary>Cable pulls.</summary>
    public long CablePulls { get; internal set; }

    /// <summary>Frames lost to cable pulls (the frame at the pull, held frames and frames during the outage).</summary>
    public long LostToCablePulls { get; internal set; }

    /// <summary>Bytes that were in flight towards the host when the cable was pulled, or arrived while it was out.</summary>
    public long BytesLostInFlight { get; internal set; }

    /// <summary>Every frame seen, both directions.</summary>
    public long Frames => FramesToBoard + FramesFromBoard;

    /// <summary>Frames that were dropped, corrupted, or lost to a cable pull (duplicates and reorders arrive).</summary>
    public long Injected => Dropped + Corrupted + LostToCablePulls + Duplicated + Reordered;

    /// <inheritdoc/>
    public override string ToString() =>
        $"frames {Frames} (to board {FramesToBoard}, from board {FramesFromBoard}); dropped {Dropped}, duplicated {Duplicated}, " +
        $"reordered {Reordered}, corrupted {Corrupted}, cable pulls {CablePulls} (frames lost {LostToCablePulls}, bytes in flight lost {BytesLostInFlight})";
}
