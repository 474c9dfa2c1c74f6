// SPDX-License-Identifier: MIT
using Edge.DeviceFit.Sweeps;
using Edge.Hardware.Board;
using Edge.Hardware.Device;
using Edge.Host.Calibration.Analysis;
using Edge.Host.Link;
using Edge.Host.Virtual;
using Edge.Shared.Formats;
using Edge.Shared.Protocol;

namespace Edge.DeviceFit.Tests;

/// <summary>
/// Identical-pulse sweeps measured on a virtual board as <c>edge calibrate</c> measures them (initialise with 10 pulses
/// of each polarity at 6 V, read, sweep, read after every pulse; ADC read noise included) and written by calibrate's
/// own sweeps.csv writer.
/// </summary>
internal static class VirtualSweeps
{
    public static readonly double[] PaperVoltages = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 7.0];

    /// <summary>Measures cell <paramref name="cell"/> of a board of <paramref name="device"/>; returns the traces.</summary>
    public static List<SweepTrace> Measure(
        DeviceParameters device, double widthMs, int repetitions = 3, int pulses = 100, ulong boardSeed = 5, int cell = 0, double[]? voltages = null)
    {
        var board = new VirtualBoard(new VirtualBoardOptions { Device = device, CellCount = cell + 1, Seed = boardSeed });
        var session = new BoardSession(new InProcessTransport(board), SessionOptions.InProcess);
        session.Connect();
        using var client = new BoardClient(session);
        var traces = new List<SweepTrace>();
        foreach (var direction in new[] { Direction.Potentiation, Direction.Depression })
        {
            double sign = direction == Direction.Potentiation ? 1 : -1;
            foreach (double volts in voltages ?? PaperVoltages)
            {
                for (int repetition = 1; repetition <= repetitions; repetition++)
                {
                    Require(client.Sweep(cell, sign * 6, widthMs, 10));
                    Require(client.Sweep(cell, -sign * 6, widthMs, 10));
                    double initial = client.Read([cell])[0].ResistanceOhms;
                    var outcome = Require(client.Sweep(cell, sign * volts, widthMs, pulses));
                    traces.Add(new SweepTrace(direction, volts, repetition, initial, outcome.Records.Select(r => r.ResistanceMilliohms / 1000.0).ToArray()));
                }
            }
        }

        return traces;
    }

    /// <summary>
    /// Sweeps of <paramref name="device"/> as <c>edge device fit</c> reads them: measured by <see cref="Measure"/>, written
    /// by calibrate's sweeps.csv writer and loaded back.
    /// </summary>
    public static IReadOnlyList<MeasuredSweep> ThroughCsv(DeviceParameters device, double widthMs, ulong boardSeed, double[]? voltages = null)
    {
        string path = Path.Combine(Path.GetTempPath(), $"edge-sweeps-{Guid.NewGuid():N}.csv");
        try
        {
            SweepCsv.Write(path, Measure(device, widthMs, boardSeed: boardSeed, voltages: voltages), widthMs);
            return SweepsFile.Load(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static JobOutcome Require(JobOutcome outcome) =>
        outcome.Status == StatusCode.Ok ? outcome : throw new InvalidOperationException($"virtual board sweep ended with {outcome.Status}");
}
