// SPDX-License-Identifier: MIT
using Edge.Hardware.Device;
using Edge.Shared.Formats;
using Edge.Shared.Protocol;

namespace Edge.Hardware.Board;

/// <summary>
/// An FFP table read off the device model's noise-free step law instead of measured: for benchmarks and tests that
/// need a working table in milliseconds. Real tables come from <c>edge calibrate</c>, which measures.
/// </summary>
public static class ModelFfpTable
{
    /// <summary>Builds both directions for <paramref name="cell"/>: per grid cell, the voltage whose expected step is
    /// <paramref name="stepOhms"/> at the cell centre (bisection over 0.3..7 V).</summary>
    public static FfpTable Build(MemristorCell cell, double widthMs, int gridCells = 64, double stepOhms = 0.2)
    {
        return new FfpTable
        {
            DeviceId = 0,
            CalibrationId = 0,
            Potentiation = Direction(cell, Edge.Shared.Formats.Direction.Potentiation, widthMs, gridCells, stepOhms),
            Depression = Direction(cell, Edge.Shared.Formats.Direction.Depression, widthMs, gridCells, stepOhms),
        };
    }

    private static FfpDirectionTable Direction(MemristorCell cell, Direction direction, double widthMs, int gridCells, double stepOhms)
    {
        double low = cell.LrsOhm;
        double high = cell.HrsOhm;
        var edges = new uint[gridCells + 1];
        var millivolts = new ushort[gridCells];
        for (int i = 0; i <= gridCells; i++)
        {
            edges[i] = (uint)Math.Round((low + ((high - low) * i / gridCells)) * 1000);
        }

        double sign = direction == Edge.Shared.Formats.Direction.Potentiation ? 1 : -1;
        for (int i = 0; i < gridCells; i++)
        {
            double centre = (edges[i] + edges[i + 1]) / 2000.0;
            double lo = 0.3;
            double hi = HardLimits.MaxWriteVolts;
            for (int k = 0; k < 40; k++)
            {
                double mid = 0.5 * (lo + hi);
                if (Math.Abs(cell.ExpectedStepOhms(centre, sign * mid, widthMs)) < stepOhms)
                {
                    lo = mid;
                }
                else
                {
                    hi = mid;
                }
            }

            millivolts[i] = (ushort)Math.Clamp(Math.Round(hi * 1000), HardLimits.MinWriteMillivolts, HardLimits.MaxWriteMillivolts);
        }

        // Stop 3 % of the window short of the far state: the last few percent are only reached asymptotically.
        double margin = 0.03 * (high - low);
        return new FfpDirectionTable
        {
            Direction = direction,
            PulseWidthMicroseconds = (uint)Math.Round(widthMs * 1000),
            StopMilliohms = (uint)Math.Round((direction == Edge.Shared.Formats.Direction.Potentiation ? low + margin : high - margin) * 1000),
            EdgesMilliohms = edges,
            WriteMillivolts = millivolts,
        };
    }
}
