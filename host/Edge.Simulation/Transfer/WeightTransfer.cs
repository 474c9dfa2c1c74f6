// SPDX-License-Identifier: MIT
using System.Diagnostics;
using System.Globalization;
using Edge.Analog.Mapping;
using Edge.Simulation.Analog;
using Edge.Simulation.Models;
using Edge.Simulation.Training;
using static TorchSharp.torch;

namespace Edge.Simulation.Transfer;

/// <summary>
/// The paper's weight transfer (Fig. 6d): train in full precision (or load weights), then for every bit count and
/// trial program the weights through the device model (quantise to reached levels + one sampled t error per device)
/// into crossbar layers with DAC/ADC and read noise, and measure test accuracy.
/// </summary>
public static class WeightTransfer
{
    /// <summary>Runs the sweep.</summary>
    public static TransferResult Run(TransferOptions options, IProgress<TrainingProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var wall = Stopwatch.StartNew();
        foreach (var bits in options.Bits)
        {
            BitDepth.Check(bits, options.ErrorModel.Levels, ErrorModelOrigin(options));
        }

        var config = options.Crossbar.Validated();
        var run = PreparedRun.Load(options);
        using var digital = run.Create(DigitalLayers.Instance, options.Seed);
        var trainingWatch = Stopwatch.StartNew();
        if (options.WeightsPath is not null)
        {
            WeightsFile.Load(digital, options.WeightsPath, run.Model);
        }
        else
        {
            var settings = new TrainingSettings
            {
                Epochs = options.Epochs,
                BatchSize = options.BatchSize,
                LearningRate = run.LearningRate,
                Seed = options.Seed,
                Label = $"train {run.Model} (digital)",
            };
            DigitalTrainer.Train(digital, run.Train, run.Test, settings, progress);
        }

        trainingWatch.Stop();
        if (options.SaveWeightsPath is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.SaveWeightsPath))!);
            digital.save(options.SaveWeightsPath);
        }

        var digitalAccuracy = Evaluation.Accuracy(digital, run.Test);

        using var analog = run.Create(new AnalogLayers(config), options.Seed);
        analog.load_state_dict(digital.state_dict());
        var points = new List<TransferPoint>();
        var trialSeeds = new List<string>();
        var total = options.Bits.Count * options.Trials;
        var done = 0;
        foreach (var bits in options.Bits)
        {
            var levelModel = BitDepth.Select(options.ErrorModel, bits, ErrorModelOrigin(options));
            var programmer = new ModelProgrammer(analog, new CrossbarProgrammer(levelModel), config);
            var accuracies = new List<double>();
            for (var trial = 0; trial < options.Trials; trial++)
            {
                var seed = SeedSequence.Derive((ulong)options.Seed, bits, trial);
                trialSeeds.Add(seed.ToString(CultureInfo.InvariantCulture));
                programmer.Program(seed);
                manual_seed(unchecked((long)(seed >> 1)));
                accuracies.Add(Evaluation.Accuracy(analog, run.Test));
                progress?.Report(new TrainingProgress("program and evaluate", ++done, total));
            }

            points.Add(Summarise(bits, levelModel.Levels, accuracies));
            GC.Collect();
        }

        return new TransferResult
        {
            Model = run.Model,
            Dataset = options.Dataset,
            Range = config.Range.ToString().ToLowerInvariant(),
            Cells = config.Cells.ToString().ToLowerInvariant(),
            Subtraction = config.Subtraction.ToString().ToLowerInvariant(),
            Periphery = Describe(config),
            Parameters = ModelCatalogue.ParameterCount(digital),
            Tiles = ModelProgrammer.AnalogLayersOf(analog).Sum(l => l.TileCount),
            DigitalAccuracy = digitalAccuracy,
            TestSamples = run.Test.Count,
            TrainSamples = run.Train.Count,
            WeightsSource = options.WeightsPath ?? "trained",
            Epochs = options.WeightsPath is null ? options.Epochs : 0,
            Points = points,
            SecondsWall = wall.Elapsed.TotalSeconds,
            SecondsTraining = trainingWatch.Elapsed.TotalSeconds,
            Seed = options.Seed,
            TrialSeeds = trialSeeds,
            ErrorModelSource = options.ErrorModelSource,
            ErrorModelLevels = options.ErrorModel.Levels,
            ErrorModelCalibrationId = options.ErrorModel.CalibrationId,
            ErrorModelSamples = options.ErrorModel.SampleSource,
        };
    }

    /// <summary>Mean and sample standard deviation of a point's trial accuracies.</summary>
    public static TransferPoint Summarise(int bits, int levels, IReadOnlyList<double> accuracies)
    {
        ArgumentNullException.ThrowIfNull(accuracies);
        var mean = accuracies.Average();
        var std = accuracies.Count > 1
            ? Math.Sqrt(accuracies.Sum(a => (a - mean) * (a - mean)) / (accuracies.Count - 1))
            : 0.0;
        return new TransferPoint(bits, levels, mean, std, accuracies.Count, accuracies);
    }

    /// <summary>A one-line description of the periphery for results.json.</summary>
    public static string Describe(CrossbarConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var dac = config.InputBits == 0 ? "ideal DAC" : $"{config.InputBits}-bit DAC";
        var adc = config.OutputBits == 0 ? "ideal ADC" : $"{config.OutputBits}-bit ADC bound {config.OutputBound}";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{dac}, {adc}, out_noise {config.OutputNoise}, tile {config.TileRows}x{config.TileColumns}, "
            + $"drift {config.DriftSeconds} s, d2d {config.DeviceVariation}");
    }

    private static string ErrorModelOrigin(TransferOptions options) => $"the error model ({options.ErrorModelSource})";
}
