// SPDX-License-Identifier: MIT
using ScottPlot;

namespace Edge.Reports;

/// <summary>Saves every plot the same way: a PNG for people and an SVG for papers, side by side.</summary>
public static class PlotFiles
{
    /// <summary>Writes <c>{pathWithoutExtension}.png</c> and <c>.svg</c>; returns the PNG path.</summary>
    public static string Save(Plot plot, string pathWithoutExtension, int widthPixels = 800, int heightPixels = 600)
    {
        ArgumentNullException.ThrowIfNull(plot);
        var directory = Path.GetDirectoryName(Path.GetFullPath(pathWithoutExtension));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var png = pathWithoutExtension + ".png";
        plot.SavePng(png, widthPixels, heightPixels);
        plot.SaveSvg(pathWithoutExtension + ".svg", widthPixels, heightPixels);
        return png;
    }
}
