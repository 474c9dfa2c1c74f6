// SPDX-License-Identifier: MIT
using Edge.Analog.ErrorModel;
using Edge.Simulation.Analog;

namespace Edge.Simulation.Transfer;

/// <summary>Settings of one weight-transfer (or in-memory training) run.</summary>
public sealed record TransferOptions
{
    /// <summary>mlp, lenet5 or resnet34.</summary>
    public required string Model { get; init; }

    /// <summary>mnist, fashion-mnist or caltech101[:DIR].</summary>
    public required string Dataset { get; init; }

    /// <summary>Trained weights to load instead of training, or null.</summary>
    public string? WeightsPath { get; init; }

    /// <summary>Where to save the trained digital weights (TorchSharp checkpoint) for <c>edge deploy --weights</c>; null = not saved.</summary>
    public string? SaveWeightsPath { get; init; }

    /// <summary>The calibrated error model the 2^b-level sub-models are chosen from.</summary>
    public required ProgramErrorModel ErrorModel { get; init; }

    /// <summary>Where the error model came from ("file:PATH", "fallback", ...), recorded in results.json.</summary>
    public required string ErrorModelSource { get; init; }

    /// <summary>Bit counts to evaluate.</summary>
    public required IReadOnlyList<int> Bits { get; init; }

    /// <summary>Programmed models per bit count.</summary>
    public int Trials { get; init; } = 5;

    /// <summary>Crossbar settings.</summary>
    public CrossbarConfig Crossbar { get; init; } = CrossbarConfig.Default;

    /// <summary>The run seed (initialisation, shuffling, program error, read noise).</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Training epochs (digital baseline, or in-memory).</summary>
    public int Epochs { get; init; } = 10;

    /// <summary>Images per step.</summary>
    public int BatchSize { get; init; } = 64;

    /// <summary>Learning rate, or null for the model's default.</summary>
    public double? LearningRate { get; init; }

    /// <summary>Use only the first N training images (0 = all): quick runs and tests.</summary>
    public int TrainLimit { get; init; }

    /// <summary>Use only the first N test images (0 = all).</summary>
    public int TestLimit { get; init; }

    /// <summary>Square image side for image-folder datasets (ResNet-34: 256).</summary>
    public int ImageSizePixels { get; init; } = 256;

    /// <summary>Dataset cache folder, or null for the default.</summary>
    public string? CacheFolder { get; init; }
}
