// SPDX-License-Identifier: MIT
namespace Edge.Simulation.Training;

/// <summary>How a model is trained (digital baseline or in memory).</summary>
public sealed record TrainingSettings
{
    /// <summary>Passes over the training split.</summary>
    public int Epochs { get; init; } = 10;

    /// <summary>Images per step (the paper: 64).</summary>
    public int BatchSize { get; init; } = 64;

    /// <summary>SGD learning rate.</summary>
    public double LearningRate { get; init; } = 0.01;

    /// <summary>SGD momentum (0.9 for the transfer baseline; 0 for in-memory comparisons, like AnalogSGD).</summary>
    public double Momentum { get; init; } = 0.9;

    /// <summary>Seed of initialisation, shuffling and noise.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Progress label.</summary>
    public string Label { get; init; } = "train";
}
