// SPDX-License-Identifier: MIT
using Edge.Host.Link;

namespace Edge.Host.TestSupport.Faults;

/// <summary>
/// A seeded, frame-aware fault injector between a <see cref="BoardSession"/> and any <see cref="ITransport"/>: it cuts
/// both byte streams at the 0x00 frame delimiters and drops, duplicates, reorders or bit-flips whole frames, and pulls
/// the cable every k frames (bytes in flight lost, the next frames lost while it is out). Used by the reliability
/// campaigns (docs/reliability.md); the same options and traffic replay the same faults.
/// </summary>
public sealed class FaultInjectingTransport : ITransport
{
    private readonly ITransport inner;
    private readonly LinkFaultOptions options;
    private readonly Lane toBoard = new();
    private readonly Lane fromBoard = new();
    private readonly byte[] scratch = new byte[4096];
    private readonly Queue<byte> toHost = new();
    private ulong random;
    private long frameNumber;
    private int outageFrames;

    /// <summary>Wraps <paramref name="inner"/>; the wrapper owns it (disposing the wrapper disposes it).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A rate or count in <paramref name="options"/> is out of range.</exception>
    public FaultInjectingTransport(ITransport inner, LinkFaultOptions options)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        this.inner = inner;
        this.options = options;
        random = options.Seed;
    }

    /// <summary>The wrapped transport.</summary>
    public ITransport Inner => inner;

    /// <summary>What was injected so far.</summary>
    public LinkFaultCounters Counters { get; } = new();

    /// <summary>
    /// Called for every frame, both directions, before any fault is decided, with the frame's 1-based number across both
    /// directions: campaigns use it to reboot a board or abandon a host at a seeded frame.
    /// </summary>
    public Action<LinkDirection, long>? FrameObserver { get; set; }

    /// <summary>When false, frames pass untouched (still counted and observed): e.g. to set a board up before a campaign.</summary>
    public bool Enabled { get; set; } = true;

    /// <inheritdoc/>
    public string Description => $"{inner.Description} through a fault injector";

    /// <inheritdoc/>
    public void Write(byte[] buffer, int offset, int count)
    {
        toBoard.Append(buffer, offset, count);
        while (toBoard.TryTakeFrame(out var frame))
        {
            foreach (var delivered in Process(LinkDirection.ToBoard, frame, toBoard))
            {
                inner.Write(delivered, 0, delivered.Length);
            }
        }
    }

    /// <inheritdoc/>
    public int Read(byte[] buffer, int offset, int count, TimeSpan timeout)
    {
        if (toHost.Count == 0)
        {
            int n = inner.Read(scratch, 0, scratch.Length, timeout);
            fromBoard.Append(scratch, 0, n);
            while (fromBoard.TryTakeFrame(out var frame))
            {
                foreach (var delivered in Process(LinkDirection.FromBoard, frame, fromBoard))
                {
                    foreach (byte b in delivered)
                    {
                        toHost.Enqueue(b);
                    }
                }
            }
        }

        int taken = 0;
        while (taken < count && toHost.Count > 0)
        {
            buffer[offset + taken++] = toHost.Dequeue();
        }

        return taken;
    }

    /// <inheritdoc/>
    public void Dispose() => inner.Dispose();

    private List<byte[]> Process(LinkDirection direction, byte[] frame, Lane lane)
    {
        var delivered = new List<byte[]>(3);
        if (frame.Length == 1)
        {
            delivered.Add(frame); // a lone delimiter is idle filler, not a frame
            return delivered;
        }

        if (direction == LinkDirection.ToBoard)
        {
            Counters.FramesToBoard++;
        }
        else
        {
            Counters.FramesFromBoard++;
        }

        long number = ++frameNumber;
        FrameObserver?.Invoke(direction, number);
        bool faulted = Enabled && options.Directions.HasFlag(direction == LinkDirection.ToBoard ? LinkDirections.ToBoard : LinkDirections.FromBoard);
        if (!faulted)
        {
            delivered.Add(frame);
            return delivered;
        }

        if (outageFrames > 0)
        {
            outageFrames--;
            Counters.LostToCablePulls++;
            return delivered;
        }

        if (options.CablePullEveryFrames > 0 && number % options.CablePullEveryFrames == 0)
        {
            PullCable();
            return delivered;
        }

        if (Chance(options.DropRate))
        {
            Counters.Dropped++;
            return delivered;
        }

        if (Chance(options.BitFlipRate))
        {
            frame = Corrupt(frame);
            Counters.Corrupted++;
        }

        delivered.Add(frame);
        if (Chance(options.DuplicateRate))
        {
            delivered.Add(frame);
            Counters.Duplicated++;
        }

        if (lane.Held.Count > 0)
        {
            delivered.AddRange(lane.Held); // the held frame overtaken by this one arrives now
            lane.Held.Clear();
        }
        else if (Chance(options.ReorderRate))
        {
            lane.Held.AddRange(delivered);
            Counters.Reordered++;
            delivered.Clear();
        }

        return delivered;
    }

    private void PullCable()
    {
        Counters.CablePulls++;
        Counters.LostToCablePulls += 1 + toBoard.Held.Count + fromBoard.Held.Count;
        toBoard.Held.Clear();
        fromBoard.Held.Clear();
        Counters.BytesLostInFlight += toHost.Count + fromBoard.Partial;
        toHost.Clear();
        fromBoard.DropPartial();
        toBoard.DropPartial();
        int n;
        while ((n = inner.Read(scratch, 0, scratch.Length, TimeSpan.Zero)) > 0)
        {
            Counters.BytesLostInFlight += n;
        }

        outageFrames = options.CablePullOutageFrames;
    }

    private byte[] Corrupt(byte[] frame)
    {
        var copy = (byte[])frame.Clone();
        int bits = 1 + (int)(Next() % 3);
        var flipped = new HashSet<int>();
        while (flipped.Count < Math.Min(bits, copy.Length * 8))
        {
            int bit = (int)(Next() % (ulong)(copy.Length * 8));
            if (flipped.Add(bit))
            {
                copy[bit >> 3] ^= (byte)(1 << (bit & 7));
            }
        }

        return copy;
    }

    private bool Chance(double rate) => rate > 0 && (Next() >> 11) * (1.0 / (1UL << 53)) < rate;

    // SplitMix64: one seeded stream for every decision, so a campaign replays exactly.
    private ulong Next() => Edge.Shared.Numerics.SplitMix64.Next(ref random);

    /// <summary>One direction: bytes not yet ending in a delimiter, and frames held back for reordering.</summary>
    private sealed class Lane
    {
        private readonly List<byte> pending = [];

        public List<byte[]> Held { get; } = [];

        public int Partial => pending.Count;

        public void Append(byte[] buffer, int offset, int count)
        {
            for (int i = 0; i < count; i++)
            {
                pending.Add(buffer[offset + i]);
            }
        }

        public bool TryTakeFrame(out byte[] frame)
        {
            int end = pending.IndexOf(0);
            if (end < 0)
            {
                frame = [];
                return false;
            }

            frame = pending.GetRange(0, end + 1).ToArray();
            pending.RemoveRange(0, end + 1);
            return true;
        }

        public void DropPartial() => pending.Clear();
    }
}
