// SPDX-License-Identifier: MIT
using Edge.Host.Calibration.Analysis;
using Edge.Host.Calibration.Plots;
using Edge.Host.Tests.Calibration.Analysis;
using Edge.Shared.Formats;
using Xunit;

namespace Edge.Host.Tests.Calibration.Plots;

public sealed class CalibrationPlotsTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "edge-calibration-plots-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Every_paper_figure_is_written_as_non_empty_png_and_svg()
    {
        var device = new SyntheticDevice(740, 880);
        var traces = device.Sweeps(repetitions: 3);
        var grid = ResistanceGrid.FromTraces(traces);
        var map = DeltaRMaps.Build(traces, Direction.Potentiation, grid);
        var table = FfpTableSolver.Build(SaturationModel.Fit(traces, Direction.Potentiation), FfpTableSolver.FineGrid(740, 880, 0.2), new FfpTableOptions());
        var trace = RunFfp(device, table);
        var segmentations = new[] { 8, 32 }.Select(n => Segmentation.Segment(trace, n)).ToList();
        var cpd = CpdReliability.Analyse(
            segmentations[1],
            Enumerable.Range(0, 64).Select(i => new ProgrammingResult(i % 31, segmentations[1].ReachedOhms[i % 31] - (0.05 * ((i * 7) % 5)))));

        var written = new[]
        {
            IdenticalPulsePlots.SaveCurves(traces, Direction.Potentiation, Path.Combine(directory, "fig2a")),
            IdenticalPulsePlots.SaveEndurance(PearsonEndurance.Analyse(traces), Path.Combine(directory, "fig2b")),
            DeltaRMapPlots.Save(map, Path.Combine(directory, "fig2c")),
            FfpPlots.SaveTables(new[] { table }, Path.Combine(directory, "fig3-table")),
            FfpPlots.SaveTrace(trace, Path.Combine(directory, "fig3b")),
            FfpPlots.SaveSegmentation(trace, segmentations[1], Path.Combine(directory, "fig3d")),
            LevelPlots.SaveLevelCurves(segmentations, Path.Combine(directory, "fig4a")),
            LevelPlots.SaveCpd(cpd, Path.Combine(directory, "fig4c")),
        };

        foreach (var png in written)
        {
            Assert.True(new FileInfo(png).Length > 1000, png);
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, File.ReadAllBytes(png).Take(4));
            var svg = Path.ChangeExtension(png, ".svg");
            Assert.Contains("<svg", File.ReadAllText(svg), StringComparison.Ordinal);
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    // The FFP loop on the synthetic device: read, look the voltage up in the table, pulse, until the stop bound.
    private static FfpTrace RunFfp(SyntheticDevice device, FfpTableResult table)
    {
        var reads = new List<double> { 880.0 };
        var volts = new List<double>();
        while (!table.Table.ReachedStop((uint)Math.Round(reads[^1] * 1000)) && volts.Count < 2000)
        {
            double v = Math.Abs(table.Table.LookupMillivolts((uint)Math.Round(reads[^1] * 1000))) / 1000.0;
            volts.Add(v);
            reads.Add(device.Apply(Direction.Potentiation, reads[^1], v));
        }

        return new FfpTrace(Direction.Potentiation, reads, volts);
    }
}
