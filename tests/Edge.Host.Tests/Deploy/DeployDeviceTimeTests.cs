// SPDX-License-Identifier: MIT
using Edge.Host.Deploy;
using Edge.Host.Programming;
using Xunit;

namespace Edge.Host.Tests.Deploy;

public sealed class DeployDeviceTimeTests
{
    [Fact]
    public void A_deployment_longer_than_fifty_device_days_reports_its_true_device_time()
    {
        // Every cell gets a full +-6 V reset of 2 x 2048 pulses of 5 s before programming: about 0.3 device days per
        // cell, so 200 cells take far longer than the 49.7 days after which the board's 32-bit ms uptime wraps.
        var f = new DeployFixture(devices: 200);
        var settings = f.Settings with { StartStateOhms = null, InitWidthMs = 5000, InitPulses = 2048 };
        using var dir = new TempDir();
        using var client = DeployFixture.Connect(f.Board);
        using var store = DeployJournal.Open(Path.Combine(dir.Path, "journal.sqlite"));
        store.OpenFor(f.Plan, f.Identity, DeployFixture.Cells, resume: false);
        double before = f.Board.DeviceSeconds;
        var runner = new DeployRunner(client, store, new FfpProgrammer(client, f.Ladder), settings);
        runner.Run(f.Plan.Devices.Count);

        double truth = f.Board.DeviceSeconds - before;
        Assert.True(truth > 50 * 86400, $"the run took {truth / 86400:F1} device days");
        Assert.Equal(truth, runner.DeviceSeconds, truth * 1e-6);
    }
}
