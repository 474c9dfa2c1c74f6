// SPDX-License-Identifier: MIT
using System.Globalization;
using Edge.Analog.Errors;
using Edge.Analog.Formats;
using Edge.Shared.Formats;

namespace Edge.Host.Calibration.Analysis;

/// <summary>
/// The check the paper's reading of the |dR| map (Fig. 3) still does before any table is solved: is there a resistance
/// cell where a measured voltage's median step reaches the step window (or two voltages bracket it)? A device with no
/// response in the window anywhere fails here with the map's explanation instead of deep in the table solver.
/// </summary>
public static class DeltaRCoverage
{
    /// <summary>Checks <paramref name="map"/> against the window of <paramref name="options"/>.</summary>
    /// <exception cref="EdgeException"><see cref="ExitCode.DeviceLimit"/> when no cell responds inside the window.</exception>
    public static void Check(DeltaRMap map, FfpTableOptions options)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(options);
        int sampled = 0;
        int weak = 0;
        int strong = 0;
        for (int c = 0; c < map.Grid.CellCount; c++)
        {
            double weakest = double.PositiveInfinity;
            double strongest = double.NegativeInfinity;
            for (int v = 0; v < map.WriteVolts.Count; v++)
            {
                var bin = map[v, c];
                if (bin.Count >= options.MinSamplesPerBin && bin.MedianStepOhms is double step)
                {
                    weakest = Math.Min(weakest, Math.Max(step, 0));
                    strongest = Math.Max(strongest, Math.Max(step, 0));
                }
            }

            if (double.IsInfinity(weakest))
            {
                continue;
            }

            sampled++;
            if (strongest < options.WindowLowOhms)
            {
                weak++;
            }
            else if (weakest > options.WindowHighOhms)
            {
                strong++;
            }
            else
            {
                return; // some voltage steps inside the window here, or two voltages bracket it
            }
        }

        string where = string.Create(CultureInfo.InvariantCulture, $"{DirectionNames.Of(map.Direction)}, {map.Grid.LowOhms:0.###} .. {map.Grid.HighOhms:0.###} ohm, voltages {map.WriteVolts[0]} .. {map.WriteVolts[^1]} V");
        if (sampled == 0)
        {
            throw new EdgeException(ExitCode.DeviceLimit, $"FFP table ({where}): no (voltage, resistance) bin has {options.MinSamplesPerBin} or more pulses; measure longer sweeps.");
        }

        throw new EdgeException(
            ExitCode.DeviceLimit,
            string.Create(CultureInfo.InvariantCulture, $"FFP table ({where}): no measured voltage gives a step inside the window {options.WindowLowOhms} .. {options.WindowHighOhms} ohm anywhere ")
            + $"({weak} cells respond too weakly even at the highest voltage, {strong} too strongly even at the lowest). "
            + "Widen the window, or measure more voltages (higher for too weak, lower for too strong).");
    }
}
