// SPDX-License-Identifier: MIT
using System.Diagnostics;
using Edge.Host.Link;
using Edge.Host.Virtual;
using Edge.Reliability.Tests.Infrastructure;
using Edge.Shared.Formats;
using Xunit;
using Xunit.Abstractions;

namespace Edge.Reliability.Tests.Load;

/// <summary>
/// Campaign 6 (docs/reliability.md, "Load"): a deployment-like PROGRAM_LEVEL run, batches of 62 cells from HRS to
/// seeded levels of the potentiation program, pass after pass over the array (between passes every cell is put back
/// at its HRS in the device model, as a -6 V reset would, so every pass does the same kind of work). Memory must stay flat and throughput
/// steady from the first to the last tenth of the run, in cells and in pulses per second.
/// </summary>
[Collection(MeasuredAloneCollection.Name)]
public sealed class LongRunLoadTests(ITestOutputHelper output)
{
    private static readonly int Cells = CampaignScale.Pick(12_000, 60_000);

    private static readonly int Passes = CampaignScale.Pick(2, 4);

    [Fact]
    public void A_long_program_level_run_holds_memory_and_throughput_steady()
    {
        var board = BoardFixture.NewBoard(Cells, seed: 17);
        using var client = BoardFixture.Connect(new InProcessTransport(board), SessionOptions.InProcess);
        client.UploadTables(ReferenceTables.Image(1), 1);
        var random = new Random(31);
        var batches = new List<(Direction Direction, (int Cell, int Level)[] Items)>();
        var direction = Direction.Potentiation;
        int levels = ReferenceTables.LevelCount(direction);
        for (int pass = 0; pass < Passes; pass++)
        {
            for (int start = 0; start < Cells; start += 62)
            {
                int n = Math.Min(62, Cells - start);
                batches.Add((direction, Enumerable.Range(start, n).Select(c => (c, 1 + random.Next(levels - 1))).ToArray()));
            }
        }

        int batchesPerPass = batches.Count / Passes;

        int items = batches.Sum(b => b.Items.Length);
        int tenth = batches.Count / 10;

        // Warm up (tiered JIT, first-use allocations) on a separate board, then take the baseline.
        var warmBoard = BoardFixture.NewBoard(62 * 40, seed: 18);
        using (var warm = BoardFixture.Connect(new InProcessTransport(warmBoard), SessionOptions.InProcess))
        {
            warm.UploadTables(ReferenceTables.Image(1), 1);
            for (int i = 0; i < 40; i++)
            {
                Run(warm, (direction, batches[i].Items));
            }
        }

        long managedStart = GC.GetTotalMemory(forceFullCollection: true);
        long workingSetStart = Process.GetCurrentProcess().WorkingSet64;
        var clock = Stopwatch.StartNew();
        double firstSeconds = 0;
        int firstItems = 0;
        long firstPulses = 0;
        long lastPulses = 0;
        double lastStart = 0;
        int lastItems = 0;
        long pulsesStart = board.Analog.TotalPulses;
        for (int i = 0; i < batches.Count; i++)
        {
            if (i > 0 && i % batchesPerPass == 0)
            {
                for (int c = 0; c < Cells; c++)
                {
                    board.Cells[c].SetResistance(board.Cells[c].HrsOhm);
                }
            }

            if (i == batches.Count - tenth)
            {
                lastStart = clock.Elapsed.TotalSeconds;
            }

            long before = board.Analog.TotalPulses;
            Run(client, batches[i]);
            if (i <= tenth)
            {
                firstPulses += board.Analog.TotalPulses - before;
                firstItems += batches[i].Items.Length;
                firstSeconds = clock.Elapsed.TotalSeconds;
            }
            else if (i >= batches.Count - tenth)
            {
                lastItems += batches[i].Items.Length;
                lastPulses += board.Analog.TotalPulses - before;
            }
        }

        double seconds = clock.Elapsed.TotalSeconds;
        double lastSeconds = seconds - lastStart;
        long managedEnd = GC.GetTotalMemory(forceFullCollection: true);
        Process.GetCurrentProcess().Refresh();
        long workingSetEnd = Process.GetCurrentProcess().WorkingSet64;
        double first = firstItems / firstSeconds;
        double last = lastItems / lastSeconds;
        long pulses = board.Analog.TotalPulses - pulsesStart;
        output.WriteLine($"[{CampaignScale.Form}] load: {items:N0} cell programmings ({Cells:N0} cells x {Passes} passes, batches of 62, HRS to a seeded level), {pulses:N0} pulses in {seconds:F1} s: {items / seconds:N0} cells/s, {pulses / seconds:N0} pulses/s");
        double firstRate = firstPulses / firstSeconds;
        double lastRate = lastPulses / lastSeconds;
        output.WriteLine($"  throughput first 10 %: {first:N0} cells/s, {firstRate:N0} pulses/s; last 10 %: {last:N0} cells/s, {lastRate:N0} pulses/s (pulses/s ratio {lastRate / firstRate:F2})");
        output.WriteLine($"  managed heap: {managedStart / 1e6:F1} MB at start, {managedEnd / 1e6:F1} MB at end (growth {(managedEnd - managedStart) / 1e6:F2} MB); working set {workingSetStart / 1e6:F0} MB -> {workingSetEnd / 1e6:F0} MB; commands {client.Session.CommandsSent:N0}");
        Assert.InRange((managedEnd - managedStart) / 1e6, -50, 8);
        // Steady means no slow-down as the run goes on (a leak or a growing structure would show here); the first tenth
        // can be the slower one (caches and JIT tiers still warming on a shared 2-core machine).
        Assert.True(lastRate >= 0.5 * firstRate, $"pulses/s fell from {firstRate:N0} to {lastRate:N0}");
        Assert.True(last >= 0.5 * first, $"cells/s fell from {first:N0} to {last:N0}");
        Assert.True(board.Analog.MaxAppliedWriteVolts <= 7.0);
        Assert.Equal(0, board.Analog.HotSwitchEvents);
    }

    private static void Run(BoardClient client, (Direction Direction, (int Cell, int Level)[] Items) batch)
    {
        var outcome = client.ProgramLevels(batch.Direction, ReferenceTables.LevelCount(batch.Direction), batch.Items);
        Assert.Equal(batch.Items.Length, outcome.Records.Length);
    }
}
