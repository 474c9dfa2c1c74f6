// SPDX-License-Identifier: MIT
using Edge.Analog.ErrorModel;
using Edge.Analog.Plan;
using Edge.Simulation.Analog;
using Edge.Simulation.Models;
using Edge.Simulation.Reports;
using Edge.Simulation.Transfer;

namespace Edge.Simulation.Deploy;

/// <summary>
/// <see cref="INetworkSimulator"/> on the simulator's own entry points: <see cref="WeightTransfer.Run"/> (what
/// <c>edge simulate transfer</c> runs) and <see cref="NetworkDeployment.Prepare"/> (what <c>edge deploy</c> plans with),
/// both with the default crossbar (offset cells, absmax range, aihwkit periphery).
/// </summary>
public sealed class NetworkSimulator : INetworkSimulator
{
    /// <summary>The weights file a simulation that trained saves into its output folder.</summary>
    public const string WeightsFileName = "weights.dat";

    /// <inheritdoc/>
    public SimulatedNetwork Simulate(SimulationCase run, ProgramErrorModel errorModel, string errorModelSource, string? weightsPath, string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(run);
        string saved = Path.Combine(outputDirectory, WeightsFileName);
        var options = new TransferOptions
        {
            Model = run.Model,
            Dataset = run.Dataset,
            WeightsPath = weightsPath,
            SaveWeightsPath = weightsPath is null ? saved : null,
            ErrorModel = errorModel,
            ErrorModelSource = errorModelSource,
            Bits = run.Bits,
            Trials = run.Trials,
            Seed = run.Seed,
            Epochs = run.Epochs ?? ModelCatalogue.Find(run.Model).Epochs,
            TrainLimit = run.TrainLimit,
            TestLimit = run.TestLimit,
        };
        var result = WeightTransfer.Run(options);
        TransferReport.Write(result, outputDirectory);
        return new SimulatedNetwork(
            weightsPath ?? saved,
            result.DigitalAccuracy,
            result.TrainSamples,
            result.TestSamples,
            result.Points.Select(p => new SimulatedPoint(p.Bits, p.AccuracyMean, p.AccuracyStd, p.Trials)).ToList(),
            result.SecondsWall);
    }

    /// <inheritdoc/>
    public INetworkDeployment Prepare(SimulationCase run, string weightsPath, ProgramErrorModel calibrated, int bits)
    {
        ArgumentNullException.ThrowIfNull(run);
        return NetworkDeployment.Prepare(run.Model, run.Dataset, weightsPath, calibrated, bits, CrossbarConfig.Default, run.Seed, run.TestLimit, null);
    }
}
