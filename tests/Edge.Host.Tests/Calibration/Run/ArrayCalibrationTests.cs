// SPDX-License-Identifier: MIT
using Edge.Host.Virtual;
using System.Globalization;
using Edge.Hardware.Board;
using Edge.Hardware.Device;
using Edge.Host.Formats;
using Edge.Host.Link;
using Xunit;

namespace Edge.Host.Tests.Calibration.Run;

public sealed class ArrayCalibrationTests : IDisposable
{
    private const int Cells = 16;
    private readonly string dir = Path.Combine(Path.GetTempPath(), $"edge-array-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Every_cell_gets_its_window_and_rates_and_the_levels_lie_in_the_common_window()
    {
        var board = new VirtualBoard(new VirtualBoardOptions { Device = DeviceParameters.Paper, CellCount = Cells });
        var session = new BoardSession(new InProcessTransport(board), SessionOptions.InProcess);
        session.Connect();
        using var client = new BoardClient(session);
        var summary = new Edge.Host.Calibration.Run.CalibrationRunner(client, VirtualCalibration.Small, dir, "virtual:array-test", TextWriter.Null).Run(resume: false);

        var rows = File.ReadAllLines(Path.Combine(dir, "array.csv")).Skip(1).Select(l => l.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray()).ToList();
        Assert.Equal(Cells, rows.Count);
        var rateErrors = new List<double>();
        foreach (var row in rows)
        {
            var cell = board.Cells[(int)row[0]];
            Assert.Equal(cell.HrsOhm, row[1], 0.3);
            Assert.Equal(cell.LrsOhm, row[2], 0.3);
            rateErrors.Add(Math.Abs(row[3] - (TrueRate(cell, 1.0) / TrueRate(board.Cells[0], 1.0))));
        }

        // Relative rate from 12 pulses at 1 V: per-pulse step noise is 15 %, so the median of 12 is good to ~6 %.
        Assert.True(rateErrors.Average() < 0.08, $"mean relative-rate error {rateErrors.Average():F3}");

        var set = TableFiles.ReadTableSet(Path.Combine(dir, "table-set.bin"));
        Assert.NotNull(set.Seek);
        Assert.Equal(Cells, set.Array!.CellCount);
        Assert.NotNull(summary.Array);
        double commonLow = rows.Max(r => r[2]);
        double commonHigh = rows.Min(r => r[1]);
        var program = set.FindProgram(Edge.Shared.Formats.Direction.Potentiation, 128)!;
        Assert.InRange(program.TargetsMilliohms[0] / 1000.0, commonLow, commonHigh + 0.5);
        Assert.InRange(program.TargetsMilliohms[^1] / 1000.0, commonLow - 0.5, commonHigh);
        Assert.True(File.Exists(Path.Combine(dir, "array-hrs.png")) && File.Exists(Path.Combine(dir, "array-rate-depression.svg")));
    }

    /// <summary>The model's potentiation rate q = -ln(1 - step / distance) of a 2 s pulse from HRS.</summary>
    private static double TrueRate(MemristorCell cell, double volts)
    {
        double r = cell.HrsOhm;
        double step = cell.ExpectedStepOhms(r, volts, 2000);
        return -Math.Log(1 - (step / (r - cell.SaturationBoundOhms(volts))));
    }
}
