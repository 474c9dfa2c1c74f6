// SPDX-License-Identifier: MIT
using System.Globalization;
using Edge.Analog.Plan;

namespace Edge.Host.Deploy;

/// <summary>
/// cells.csv beside deploy.json: one row per programmed device, so a deployment can be analysed without opening the
/// journal. Weight row and column are the layer's weight-matrix coordinates (output, flattened input); level error is
/// in levels of the selected set, empty for a cell that could not be read back.
/// </summary>
public static class DeployCellsCsv
{
    /// <summary>The file name inside the deploy output folder.</summary>
    public const string FileName = "cells.csv";

    /// <summary>The header line (column names carry units).</summary>
    public const string Header = "device,layer,layer_name,side,weight_row,weight_column,level,program_level,target_ohm,readback_ohm,level_error,pulses,status";

    /// <summary>Writes every device's row; <paramref name="levelErrors"/> holds NaN where there is no read-back.</summary>
    public static void Write(string path, DeployPlan plan, IReadOnlyList<(DeviceStatus Status, int Pulses, double? ReadbackOhms)> results, IReadOnlyList<double> levelErrors)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(levelErrors);
        using var writer = new StreamWriter(path + ".tmp");
        writer.WriteLine(Header);
        for (int i = 0; i < results.Count; i++)
        {
            var d = plan.Devices[i];
            int columns = d.Layer < plan.LayerColumns.Count ? plan.LayerColumns[d.Layer] : 0;
            string row = columns > 0 ? (d.Position / columns).ToString(CultureInfo.InvariantCulture) : string.Empty;
            string column = columns > 0 ? (d.Position % columns).ToString(CultureInfo.InvariantCulture) : d.Position.ToString(CultureInfo.InvariantCulture);
            string readback = results[i].ReadbackOhms is double r && double.IsFinite(r) ? r.ToString("F3", CultureInfo.InvariantCulture) : string.Empty;
            string error = double.IsFinite(levelErrors[i]) ? levelErrors[i].ToString("F4", CultureInfo.InvariantCulture) : string.Empty;
            string name = d.Layer < plan.LayerNames.Count ? plan.LayerNames[d.Layer] : string.Empty;
            writer.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{i},{d.Layer},{name},{(d.Minus ? "minus" : "plus")},{row},{column},{d.Level},{d.ProgramLevel},{d.TargetOhms:F3},{readback},{error},{results[i].Pulses},{results[i].Status.ToString().ToLowerInvariant()}"));
        }

        writer.Close();
        File.Move(path + ".tmp", path, overwrite: true);
    }
}
