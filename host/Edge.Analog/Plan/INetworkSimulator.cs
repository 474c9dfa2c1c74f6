// SPDX-License-Identifier: MIT
using Edge.Analog.ErrorModel;

namespace Edge.Analog.Plan;

/// <summary>
/// The simulator as a comparison of prediction and board sees it: train (or load) a network and simulate its weight
/// transfer with an error model, and plan the same network for a deployment. Edge.Simulation implements it, so
/// Edge.Host compares simulation and read-back without TorchSharp.
/// </summary>
public interface INetworkSimulator
{
    /// <summary>
    /// Trains the network (or loads <paramref name="weightsPath"/>), programs it <see cref="SimulationCase.Trials"/>
    /// times at every bit count of <paramref name="run"/> with <paramref name="errorModel"/>, writes the simulator's
    /// results (and the trained weights) into <paramref name="outputDirectory"/>.
    /// </summary>
    SimulatedNetwork Simulate(SimulationCase run, ProgramErrorModel errorModel, string errorModelSource, string? weightsPath, string outputDirectory);

    /// <summary>The network of <paramref name="weightsPath"/> planned at <paramref name="bits"/> for a deployment.</summary>
    INetworkDeployment Prepare(SimulationCase run, string weightsPath, ProgramErrorModel calibrated, int bits);
}

/// <summary>One network and data set to simulate (and deploy) at some bit counts.</summary>
public sealed record SimulationCase
{
    /// <summary>Model name (mlp, lenet5, ...).</summary>
    public required string Model { get; init; }

    /// <summary>Data set name (mnist, fashion-mnist, ...).</summary>
    public required string Dataset { get; init; }

    /// <summary>Bit counts to simulate and deploy.</summary>
    public required IReadOnlyList<int> Bits { get; init; }

    /// <summary>Sampled programmings per bit count.</summary>
    public int Trials { get; init; } = 5;

    /// <summary>Seed of training, programming and read noise.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Training epochs; null = the model's default.</summary>
    public int? Epochs { get; init; }

    /// <summary>Train on the first N training images (0 = all).</summary>
    public int TrainLimit { get; init; }

    /// <summary>Evaluate on the first N test images (0 = all).</summary>
    public int TestLimit { get; init; }
}

/// <summary>Accuracy of the programmed network at one bit count: mean and sample standard deviation over trials.</summary>
public sealed record SimulatedPoint(int Bits, double AccuracyMean, double AccuracyStd, int Trials);

/// <summary>What one simulation run found, and where its trained weights are.</summary>
public sealed record SimulatedNetwork(string WeightsPath, double DigitalAccuracy, int TrainSamples, int TestSamples, IReadOnlyList<SimulatedPoint> Points, double SecondsWall);
