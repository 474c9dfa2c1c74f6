// SPDX-License-Identifier: MIT
using Edge.Analog.Plan;
using Edge.Host.Deploy;
using Xunit;

namespace Edge.Host.Tests.Deploy;

public sealed class DeployCellsCsvTests
{
    [Fact]
    public void Every_device_gets_a_row_with_its_weight_coordinates_target_readback_error_and_pulses()
    {
        // Layer 0 is a 2 x 3 weight matrix, layer 1 a 1 x 2 one; position is row-major.
        var devices = Enumerable.Range(0, 6).Select(p => new DeployDevice(0, p, false, p % 4, p % 4, p % 4, 700 + p))
            .Concat(Enumerable.Range(0, 2).Select(p => new DeployDevice(1, p, true, 1, 1, 1, 750)))
            .ToList();
        var plan = new DeployPlan(devices, ["0:Linear", "1:Linear"], 4, 4) { LayerColumns = [3, 2] };
        var results = devices.Select((d, i) => (i == 7 ? DeviceStatus.Failed : DeviceStatus.Done, 10 + i, i == 7 ? (double?)null : d.TargetOhms + 0.25)).ToList();
        var errors = devices.Select((_, i) => i == 7 ? double.NaN : 0.125 * i).ToList();
        string path = Path.Combine(Path.GetTempPath(), $"edge-cells-{Guid.NewGuid():N}.csv");
        try
        {
            DeployCellsCsv.Write(path, plan, results, errors);
            var rows = File.ReadAllLines(path);
            Assert.Equal(DeployCellsCsv.Header, rows[0]);
            Assert.Equal(devices.Count + 1, rows.Length);
            Assert.Equal("4,0,0:Linear,plus,1,1,0,0,704.000,704.250,0.5000,14,done", rows[5]);
            Assert.Equal("7,1,1:Linear,minus,0,1,1,1,750.000,,,17,failed", rows[8]);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
