// SPDX-License-Identifier: MIT
using Edge.Shared.Formats;

namespace Edge.Firmware.Jobs
{
    /// <summary>
    /// Chooses the write voltage of the next seek pulse from a <see cref="SeekDirectionTable"/> before the pulse: for
    /// every stored voltage it predicts where one pulse takes the cell, x' = b + (x - b) exp(-q r) (the saturation law,
    /// paper Fig. 2a; r = the cell's rate relative to the reference cell), and takes the voltage with the largest
    /// predicted move that closes at most <c>aim</c> of the gap to the target. Far from the target that is a high
    /// voltage and a large step, near it a voltage whose bound lies just past the target and a fine step. No
    /// allocation, no Math (firmware-safe).
    /// </summary>
    public static class SeekPlanner
    {
        /// <summary>
        /// Index of the voltage to apply, or -1 when no stored voltage's bound lies beyond the target (the cell could
        /// only creep toward it forever) or none moves the cell at all.
        /// </summary>
        /// <param name="table">The table of the direction that moves the cell toward its target.</param>
        /// <param name="x">The cell's normalised state (0 = its LRS, 1 = its HRS).</param>
        /// <param name="target">The target's normalised state.</param>
        /// <param name="rate">The cell's rate relative to the reference cell (1 = the same).</param>
        /// <param name="aim">Largest fraction of the gap one pulse may be predicted to close (0..1].</param>
        public static int Choose(SeekDirectionTable table, double x, double target, double rate, double aim)
        {
            double gap = x > target ? x - target : target - x;
            double limit = aim * gap;
            int best = -1;
            double bestMove = 0;
            int smallest = -1;
            double smallestMove = 0;
            bool reachable = false;
            for (int i = 0; i < table.Count; i++)
            {
                reachable |= table.Sign * ((table.BoundPpm[i] / (double)SeekDirectionTable.PartsPerMillion) - target) > 0;
                double move = PredictedMove(table, i, x, rate);
                if (move <= 0)
                {
                    continue;
                }

                if (move <= limit && move > bestMove)
                {
                    best = i;
                    bestMove = move;
                }

                if (smallest < 0 || move < smallestMove)
                {
                    smallest = i;
                    smallestMove = move;
                }
            }

            // Every voltage that moves the cell would close more than the aim: the gentlest one still approaches.
            return !reachable ? -1 : best >= 0 ? best : smallest;
        }

        /// <summary>The predicted move of voltage <paramref name="index"/> toward its bound, in window units (0 when the bound lies behind x).</summary>
        public static double PredictedMove(SeekDirectionTable table, int index, double x, double rate)
        {
            double bound = table.BoundPpm[index] / (double)SeekDirectionTable.PartsPerMillion;
            double distance = table.Sign * (bound - x);
            if (distance <= 0)
            {
                return 0;
            }

            double q = table.RateMicro[index] / SeekDirectionTable.RateScale * rate;
            return distance * (1 - Exp(-q));
        }

        /// <summary>e^y for y &lt;= 0 (firmware has no Math): halve y until small, Taylor series, square back.</summary>
        public static double Exp(double y)
        {
            if (y < -60)
            {
                return 0;
            }

            int squarings = 0;
            while (y < -0.0625)
            {
                y /= 2;
                squarings++;
            }

            // |y| <= 1/16: nine terms leave ~1e-16, so the squarings only add rounding.
            double result = 1 + (y * (1 + (y / 2 * (1 + (y / 3 * (1 + (y / 4 * (1 + (y / 5 * (1 + (y / 6 * (1 + (y / 7 * (1 + (y / 8)))))))))))))));
            for (int i = 0; i < squarings; i++)
            {
                result *= result;
            }

            return result;
        }
    }
}
