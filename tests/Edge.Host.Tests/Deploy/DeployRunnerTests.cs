// SPDX-License-Identifier: MIT
using Edge.Analog.Errors;
using Edge.Host.Deploy;
using Edge.Host.Programming;
using Xunit;

namespace Edge.Host.Tests.Deploy;

public sealed class DeployRunnerTests
{
    [Fact]
    public void Deployment_programs_every_tile_reads_back_and_reaches_the_levels()
    {
        var f = new DeployFixture();
        using var dir = new TempDir();
        var results = RunToEnd(f, Path.Combine(dir.Path, "journal.sqlite"));

        Assert.Equal(f.Plan.Devices.Count, results.Count);
        Assert.All(results, r => Assert.NotNull(r.ReadbackOhms));
        var failed = results.Select((r, i) => (r, i)).Where(x => x.r.Status == DeviceStatus.Failed).ToList();
        Assert.True(failed.Count <= results.Count / 50, $"at most 2 % failed cells on a cooperative device; {failed.Count} failed: " + string.Join("; ", failed.Take(5).Select(x => $"level {f.Plan.Devices[x.i].ProgramLevel} target {f.Plan.Devices[x.i].TargetOhms:F2} read {x.r.ReadbackOhms:F2} pulses {x.r.Pulses}")));
        var errors = results.Select((r, i) => Math.Abs(r.ReadbackOhms!.Value - f.Plan.Devices[i].TargetOhms)).Order().ToArray();
        double spacing = Math.Abs(f.Levels.TargetOhms[0] - f.Levels.TargetOhms[1]);
        Assert.True(errors[errors.Length / 2] < spacing, $"median |R - target| {errors[errors.Length / 2]:F3} ohm must be below one level spacing ({spacing:F3} ohm)");
    }

    [Fact]
    public void Killed_at_twenty_seeded_points_and_resumed_gives_the_uninterrupted_result_and_never_programs_a_cell_twice()
    {
        // One tile of fresh cells (at HRS, so no reset is needed): every kill lands in programming or read-back.
        using var dir = new TempDir();
        var reference = new DeployFixture(devices: 90);
        int framesOfFullRun = 0;
        var expected = RunToEnd(reference, Path.Combine(dir.Path, "reference.sqlite"), wrap: t => new KillingTransport(t, int.MaxValue, n => framesOfFullRun = n));
        var expectedPulses = reference.PulsesSinceSetup();
        Assert.True(framesOfFullRun > 20, $"the deployment should take more than 20 frames ({framesOfFullRun})");

        var random = new Random(20261129);
        for (int trial = 0; trial < 20; trial++)
        {
            var f = new DeployFixture(devices: 90);
            string journal = Path.Combine(dir.Path, $"killed-{trial}.sqlite");
            int killAt = random.Next(3, framesOfFullRun);
            bool killed = false;
            try
            {
                using var client = DeployFixture.Connect(f.Board, t => new KillingTransport(t, killAt));
                using var store = DeployJournal.Open(journal);
                store.OpenFor(f.Plan, f.Identity, DeployFixture.Cells, resume: false);
                new DeployRunner(client, store, new FfpProgrammer(client, f.Ladder), f.Settings).Run(f.Plan.Devices.Count);
            }
            catch (HostKilledException)
            {
                killed = true;
            }

            Assert.True(killed, $"trial {trial}: the host should have died after {killAt} frames");
            var resumed = RunToEnd(f, journal, resume: true);

            // Same pulses on every cell (the board ledger): nothing lost, nothing programmed twice. The read-back values
            // agree within read noise: a resumed batch re-reads its cells once more, so the read-back of those cells is
            // a later (independent) noise sample of the same state.
            var actualPulses = f.PulsesSinceSetup();
            var diff = Enumerable.Range(0, expectedPulses.Length).Where(c => expectedPulses[c] != actualPulses[c]).Select(c => $"cell {c}: {expectedPulses[c]} vs {actualPulses[c]}").ToList();
            Assert.True(diff.Count == 0, $"trial {trial} killed at frame {killAt}: {string.Join("; ", diff.Take(8))}");
            Assert.Equal(expected.Select(r => r.Status), resumed.Select(r => r.Status));
            for (int i = 0; i < expected.Count; i++)
            {
                Assert.InRange(resumed[i].ReadbackOhms!.Value - expected[i].ReadbackOhms!.Value, -0.1, 0.1);
            }
        }
    }

    [Fact]
    public void A_journal_from_another_plan_is_refused_and_left_unchanged()
    {
        using var dir = new TempDir();
        string journal = Path.Combine(dir.Path, "journal.sqlite");
        var f = new DeployFixture(devices: 50);
        using (var store = DeployJournal.Open(journal))
        {
            store.OpenFor(f.Plan, f.Identity, DeployFixture.Cells, resume: false);
        }

        var other = new DeployFixture(devices: 50, seed: 99);
        var identity = other.Identity;
        identity["board"] = f.Identity["board"];
        using var reopened = DeployJournal.Open(journal);
        var ex = Assert.Throws<EdgeException>(() => reopened.OpenFor(other.Plan, identity, DeployFixture.Cells, resume: true));
        Assert.Equal(ExitCode.Mismatch, ex.ExitCode);
        Assert.Contains("another plan", ex.Message, StringComparison.Ordinal);
        Assert.Equal(f.Plan.Hash, reopened.Identity("plan_hash"));
    }

    [Fact]
    public void A_journal_for_another_board_is_refused()
    {
        using var dir = new TempDir();
        string journal = Path.Combine(dir.Path, "journal.sqlite");
        var f = new DeployFixture(devices: 50);
        using var store = DeployJournal.Open(journal);
        store.OpenFor(f.Plan, f.Identity, DeployFixture.Cells, resume: false);
        var identity = f.Identity;
        identity["board"] = "0xDEADBEEF";
        var ex = Assert.Throws<EdgeException>(() => store.OpenFor(f.Plan, identity, DeployFixture.Cells, resume: true));
        Assert.Equal(ExitCode.Mismatch, ex.ExitCode);
        Assert.Contains("0xDEADBEEF", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_board_reboot_mid_batch_stops_with_a_resume_hint_and_resuming_finishes_the_same()
    {
        using var dir = new TempDir();
        var reference = new DeployFixture();
        var expected = RunToEnd(reference, Path.Combine(dir.Path, "reference.sqlite"));

        var f = new DeployFixture();
        string journal = Path.Combine(dir.Path, "journal.sqlite");
        var ex = Assert.Throws<EdgeException>(() =>
        {
            using var client = DeployFixture.Connect(f.Board, t => new RebootingTransport(t, f.Board, 150));
            using var store = DeployJournal.Open(journal);
            store.OpenFor(f.Plan, f.Identity, DeployFixture.Cells, resume: false);
            new DeployRunner(client, store, new FfpProgrammer(client, f.Ladder), f.Settings).Run(f.Plan.Devices.Count);
        });
        Assert.Equal(ExitCode.Interrupted, ex.ExitCode);
        Assert.Contains("--resume", ex.Message, StringComparison.Ordinal);

        var resumed = RunToEnd(f, journal, resume: true);

        // The batch the reboot cut short is re-sent: cells it finished get no pulse, the one it was stepping continues
        // from where the board left it (the board's state is the truth), so every cell ends within one FFP step of the
        // uninterrupted run.
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.InRange(resumed[i].ReadbackOhms!.Value - expected[i].ReadbackOhms!.Value, -0.5, 0.5);
        }
    }

    [Fact]
    public void A_lossy_link_with_cable_pulls_deploys_the_same_pulses_as_a_clean_one()
    {
        using var dir = new TempDir();
        var reference = new DeployFixture(devices: 90);
        RunToEnd(reference, Path.Combine(dir.Path, "reference.sqlite"));
        var expectedPulses = reference.PulsesSinceSetup();

        var f = new DeployFixture(devices: 90);
        Edge.Host.TestSupport.Faults.FaultInjectingTransport? faults = null;
        var results = RunToEnd(f, Path.Combine(dir.Path, "lossy.sqlite"), wrap: t => faults = new Edge.Host.TestSupport.Faults.FaultInjectingTransport(t, new Edge.Host.TestSupport.Faults.LinkFaultOptions
        {
            Seed = 7,
            DropRate = 0.1,
            DuplicateRate = 0.05,
            BitFlipRate = 0.02,
            CablePullEveryFrames = 40,
        }));

        Assert.True(faults!.Counters.Dropped > 0 && faults.Counters.CablePulls > 0, "the link must really have lost frames");
        Assert.Equal(expectedPulses, f.PulsesSinceSetup());
        Assert.All(results, r => Assert.NotNull(r.ReadbackOhms));
    }

    private static List<(DeviceStatus Status, int Pulses, double? ReadbackOhms)> RunToEnd(DeployFixture f, string journal, bool resume = false, Func<Edge.Host.Link.ITransport, Edge.Host.Link.ITransport>? wrap = null)
    {
        using var client = DeployFixture.Connect(f.Board, wrap);
        using var store = DeployJournal.Open(journal);
        store.OpenFor(f.Plan, f.Identity, DeployFixture.Cells, resume);
        new DeployRunner(client, store, new FfpProgrammer(client, f.Ladder), f.Settings).Run(f.Plan.Devices.Count);
        return store.Results();
    }

    /// <summary>Power-cycles the board after a number of frames (bytes in flight are lost, flash and cells remain).</summary>
    private sealed class RebootingTransport(Edge.Host.Link.ITransport inner, Edge.Hardware.Board.VirtualBoard board, int framesBeforeReboot) : Edge.Host.Link.ITransport
    {
        private int frames;

        public string Description => inner.Description;

        public void Write(byte[] buffer, int offset, int count)
        {
            if (++frames == framesBeforeReboot)
            {
                board.Reboot();
            }

            inner.Write(buffer, offset, count);
        }

        public int Read(byte[] buffer, int offset, int count, TimeSpan timeout) => inner.Read(buffer, offset, count, timeout);

        public void Dispose() => inner.Dispose();
    }
}

/// <summary>A temporary folder removed at the end of a test.</summary>
internal sealed class TempDir : IDisposable
{
    public TempDir()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"edge-test-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
