// SPDX-License-Identifier: MIT
using Edge.Analog.ErrorModel;
using Edge.Analog.Plan;
using Edge.Simulation.Deploy;
using Xunit;

namespace Edge.Simulation.Tests.Deploy;

[Collection(TorchCollection.Name)]
public sealed class NetworkSimulatorTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("edge-network-simulator-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void A_trained_network_is_simulated_at_every_bit_count_and_its_saved_weights_plan_the_deployment_at_those_bits()
    {
        var run = new SimulationCase { Model = "mlp", Dataset = "mnist-10k", Bits = [2, 9], Trials = 2, Epochs = 2, TrainLimit = 2000, TestLimit = 400, Seed = 3 };
        var model = new FallbackErrorModelSource().Get(512);
        var simulator = new NetworkSimulator();

        var simulated = simulator.Simulate(run, model, "fallback", null, Path.Combine(root, "sim"));
        using var deployment = simulator.Prepare(run, simulated.WeightsPath, model, 2);

        Assert.True(File.Exists(simulated.WeightsPath));
        Assert.True(File.Exists(Path.Combine(root, "sim", "results.json")));
        Assert.Equal((2000, 400), (simulated.TrainSamples, simulated.TestSamples));
        Assert.Equal([2, 9], simulated.Points.Select(p => p.Bits));
        Assert.All(simulated.Points, p => Assert.Equal(2, p.Trials));
        Assert.InRange(simulated.DigitalAccuracy, 0.8, 1.0);

        // 9 bits keeps the digital accuracy within a few points; the same weights planned at 2 bits use 4 levels.
        Assert.InRange(simulated.Points[1].AccuracyMean, simulated.DigitalAccuracy - 0.05, 1.0);
        Assert.Equal(4, deployment.SelectedLevels.Levels);
        Assert.Equal(400, deployment.TestSamples);
        Assert.InRange(deployment.DigitalAccuracy(), simulated.DigitalAccuracy - 1e-9, simulated.DigitalAccuracy + 1e-9);
    }
}
