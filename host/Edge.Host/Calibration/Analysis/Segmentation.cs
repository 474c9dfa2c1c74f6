// SPDX-License-Identifier: MIT
using Edge.Analog.Errors;
using Edge.Analog.Formats;
using Edge.Shared.Formats;

namespace Edge.Host.Calibration.Analysis;

/// <summary>
/// Multilevel resistance segmentation (paper Experimental section): cuts one FFP trace into n levels, each level step
/// being the group of consecutive pulse events between two levels.
/// </summary>
public static class Segmentation
{
    /// <summary>
    /// Segments <paramref name="trace"/> into <paramref name="levels"/> levels.
    /// <para>
    /// Targets r_t,k are n evenly spaced values over [r_min, r_max] of the trace, in programming order.
    /// m_k = argmin_i |R_FF[i] - r_t,k| (first index on ties), r_a,k = R_FF[m_k]; the step k -> k+1 is the pulse
    /// events m_k .. m_(k+1)-1 with their voltages. When the trace has at least n records (reads strictly beyond every
    /// earlier read, in mOhm), the argmin is taken jointly and one-to-one over the records (least total distance,
    /// dynamic programming), so n levels never collapse onto one read when the trace has n distinct ones; this equals
    /// the per-target argmin wherever those are distinct. With fewer records the paper's per-target argmin is used, and
    /// a level is unoccupied when its m_k does not come after the previous occupied level's index, or its r_a,k (in mOhm)
    /// is not strictly beyond that level's in the programming direction (read noise can reverse two nearby reads): the
    /// trace cannot separate it. Unoccupied levels are counted, not an error, and the program holds only the occupied
    /// ones.
    /// </para>
    /// </summary>
    /// <param name="trace">The FFP trace.</param>
    /// <param name="levels">Requested level count n, 2 .. <see cref="FormatLimits.MaxLevels"/>.</param>
    /// <param name="pulseWidthMicroseconds">Width of the trace's pulses, us (stored in the program).</param>
    /// <param name="deviceId">Device identity stored in the program.</param>
    /// <param name="calibrationId">Calibration identity stored in the program.</param>
    /// <param name="windowOhms">
    /// Where the levels may lie, (low, high) ohm, or null for the trace's whole range: the targets are spread evenly over
    /// the part of the trace inside it (the array's common window, so every cell can hold every level).
    /// </param>
    /// <exception cref="EdgeException">
    /// <see cref="ExitCode.BadInput"/> for a malformed trace or a program the format cannot hold;
    /// <see cref="ExitCode.DeviceLimit"/> when the trace never moved or fewer than 2 levels are occupied.
    /// </exception>
    public static SegmentationResult Segment(
        FfpTrace trace, int levels, uint pulseWidthMicroseconds = 800_000, uint deviceId = 0, uint calibrationId = 0, (double Low, double High)? windowOhms = null)
    {
        ArgumentNullException.ThrowIfNull(trace);
        if (levels < 2 || levels > FormatLimits.MaxLevels)
        {
            throw new ArgumentOutOfRangeException(nameof(levels), levels, $"expected 2 .. {FormatLimits.MaxLevels} levels");
        }

        if (pulseWidthMicroseconds < FormatLimits.MinWidthMicroseconds || pulseWidthMicroseconds > FormatLimits.MaxWidthMicroseconds)
        {
            throw new ArgumentOutOfRangeException(
                nameof(pulseWidthMicroseconds), pulseWidthMicroseconds, $"expected {FormatLimits.MinWidthMicroseconds} .. {FormatLimits.MaxWidthMicroseconds} us");
        }

        string name = $"{DirectionNames.Of(trace.Direction)} FFP trace";
        var r = Checked(trace, name);
        double rMin = Math.Max(r.Min(), windowOhms?.Low ?? double.NegativeInfinity);
        double rMax = Math.Min(r.Max(), windowOhms?.High ?? double.PositiveInfinity);
        if (!(rMax > rMin))
        {
            throw new EdgeException(ExitCode.DeviceLimit, $"{name}: R never moved from {rMin} ohm; there is nothing to segment.");
        }

        bool falling = trace.Direction == Direction.Potentiation;
        var targets = new double[levels];
        for (int k = 0; k < levels; k++)
        {
            double fraction = (double)k / (levels - 1);
            targets[k] = falling ? rMax - (fraction * (rMax - rMin)) : rMin + (fraction * (rMax - rMin));
        }

        var records = Records(r, falling, name);
        var indices = records.Count >= levels ? Matched(r, records, targets) : Nearest(r, targets);
        var reached = new double[levels];
        var occupied = new bool[levels];
        var programLevels = new int[levels];
        var occupiedIndices = new List<int>();
        uint lastMilliohms = 0;
        for (int k = 0; k < levels; k++)
        {
            reached[k] = r[indices[k]];
            uint milliohms = Units.ToMilliohms(reached[k], $"{name}, level {k}");
            occupied[k] = occupiedIndices.Count == 0
                || (indices[k] > occupiedIndices[^1] && (falling ? milliohms < lastMilliohms : milliohms > lastMilliohms));
            if (occupied[k])
            {
                occupiedIndices.Add(indices[k]);
                lastMilliohms = milliohms;
            }

            programLevels[k] = occupiedIndices.Count - 1;
        }

        if (occupiedIndices.Count < 2)
        {
            throw new EdgeException(ExitCode.DeviceLimit, $"{name}: only {occupiedIndices.Count} of {levels} levels can be separated; a level program needs 2.");
        }

        var program = BuildProgram(trace, r, occupiedIndices, name, pulseWidthMicroseconds, deviceId, calibrationId);
        return new SegmentationResult(trace.Direction, rMin, rMax, targets, indices, reached, occupied, programLevels, program);
    }

    private static double[] Checked(FfpTrace trace, string name)
    {
        if (trace.ResistancesOhms is null || trace.WriteVolts is null || trace.ResistancesOhms.Count != trace.WriteVolts.Count + 1)
        {
            throw new EdgeException(
                ExitCode.BadInput,
                $"{name}: {trace.ResistancesOhms?.Count ?? 0} reads and {trace.WriteVolts?.Count ?? 0} pulse voltages; expected one read before every pulse plus the final read.");
        }

        if (trace.WriteVolts.Count == 0)
        {
            throw new EdgeException(ExitCode.BadInput, $"{name}: no pulse events.");
        }

        var r = trace.ResistancesOhms.ToArray();
        for (int i = 0; i < r.Length; i++)
        {
            if (!(r[i] > 0) || !double.IsFinite(r[i]))
            {
                throw new EdgeException(ExitCode.BadInput, $"{name}: read {i} = {r[i]} ohm is not a positive finite resistance.");
            }
        }

        return r;
    }

    /// <summary>
    /// The reads that go strictly beyond every earlier read in the programming direction (in mOhm, the resolution the
    /// level program stores): the only reads a monotone level sequence can use.
    /// </summary>
    private static List<int> Records(double[] r, bool falling, string name)
    {
        var records = new List<int> { 0 };
        uint best = Units.ToMilliohms(r[0], $"{name}, read 0");
        for (int i = 1; i < r.Length; i++)
        {
            uint m = Units.ToMilliohms(r[i], $"{name}, read {i}");
            if (falling ? m < best : m > best)
            {
                records.Add(i);
                best = m;
            }
        }

        return records;
    }

    /// <summary>The paper's rule: m_k = argmin_i |R_FF[i] - r_t,k| per target (first index on ties).</summary>
    private static int[] Nearest(double[] r, double[] targets) => targets.Select(t => ArgMinDistance(r, t)).ToArray();

    /// <summary>
    /// The paper's nearest-read rule made one-to-one: distinct records in trace order minimising sum_k |R_FF[m_k] - r_t,k|
    /// (dynamic programming, earliest index on ties). When every target's nearest read is a distinct record this is
    /// exactly the paper's m_k; where the nearest reads collide (a step larger than the level spacing, e.g. an overshoot)
    /// the neighbouring levels move to the neighbouring records instead of collapsing.
    /// </summary>
    private static int[] Matched(double[] r, List<int> records, double[] targets)
    {
        int n = targets.Length;
        int m = records.Count;
        int width = m - n + 1; // level k can use records k .. k + width - 1
        var cost = new double[width];
        var from = new int[n, width];
        for (int j = 0; j < width; j++)
        {
            cost[j] = Math.Abs(r[records[j]] - targets[0]);
        }

        for (int k = 1; k < n; k++)
        {
            // best over records k-1 .. k-1+j of the previous level, as a running prefix minimum (record index k+j needs a
            // previous record index <= k+j-1, i.e. previous offset <= j).
            var next = new double[width];
            double bestCost = double.PositiveInfinity;
            int bestFrom = 0;
            for (int j = 0; j < width; j++)
            {
                if (cost[j] < bestCost)
                {
                    bestCost = cost[j];
                    bestFrom = j;
                }

                next[j] = bestCost + Math.Abs(r[records[k + j]] - targets[k]);
                from[k, j] = bestFrom;
            }

            cost = next;
        }

        int end = 0;
        for (int j = 1; j < width; j++)
        {
            if (cost[j] < cost[end])
            {
                end = j;
            }
        }

        var indices = new int[n];
        for (int k = n - 1; k >= 0; k--)
        {
            indices[k] = records[k + end];
            if (k > 0)
            {
                end = from[k, end];
            }
        }

        return indices;
    }

    private static int ArgMinDistance(double[] r, double target)
    {
        int best = 0;
        for (int i = 1; i < r.Length; i++)
        {
            if (Math.Abs(r[i] - target) < Math.Abs(r[best] - target))
            {
                best = i;
            }
        }

        return best;
    }

    private static LevelProgram BuildProgram(
        FfpTrace trace, double[] r, List<int> occupied, string name, uint widthMicroseconds, uint deviceId, uint calibrationId)
    {
        int total = occupied[^1] - occupied[0];
        if (total > FormatLimits.MaxProgramPulses)
        {
            throw new EdgeException(
                ExitCode.BadInput,
                $"{name}: the level program would hold {total} pulses; the format allows {FormatLimits.MaxProgramPulses}. Use a coarser FFP step window.");
        }

        var counts = new ushort[occupied.Count - 1];
        var millivolts = new ushort[total];
        int written = 0;
        for (int j = 0; j < counts.Length; j++)
        {
            counts[j] = (ushort)(occupied[j + 1] - occupied[j]);
            for (int e = occupied[j]; e < occupied[j + 1]; e++)
            {
                millivolts[written++] = Units.ToMillivolts(trace.WriteVolts[e], $"{name}, pulse event {e}");
            }
        }

        return new LevelProgram
        {
            DeviceId = deviceId,
            CalibrationId = calibrationId,
            Direction = trace.Direction,
            PulseWidthMicroseconds = widthMicroseconds,
            TargetsMilliohms = occupied.Select((m, j) => Units.ToMilliohms(r[m], $"{name}, program level {j}")).ToArray(),
            GroupPulseCounts = counts,
            Millivolts = millivolts,
        };
    }
}
