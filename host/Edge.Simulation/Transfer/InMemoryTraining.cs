// SPDX-License-Identifier: MIT
using System.Diagnostics;
using Edge.Analog.Mapping;
using Edge.Simulation.Analog;
using Edge.Simulation.Models;
using Edge.Simulation.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace Edge.Simulation.Transfer;

/// <summary>Accuracy after each epoch of one training run (results.json "curves").</summary>
public sealed record TrainingCurve(string Name, int? Bits, int? Levels, IReadOnlyList<double> Accuracy, long DevicesReprogrammed);

/// <summary>results.json of <c>edge simulate train</c>.</summary>
public sealed record InMemoryTrainingResult
{
    public required string Model { get; init; }

    public required string Dataset { get; init; }

    public required string Range { get; init; }

    public required string Cells { get; init; }

    public required string Periphery { get; init; }

    public required int Epochs { get; init; }

    public required int BatchSize { get; init; }

    public required double LearningRate { get; init; }

    public required double WindowHeadroom { get; init; }

    public required int TestSamples { get; init; }

    public required int TrainSamples { get; init; }

    public required TrainingCurve Digital { get; init; }

    public required IReadOnlyList<TrainingCurve> Curves { get; init; }

    public required double SecondsWall { get; init; }

    public required int Seed { get; init; }

    public required string ErrorModelSource { get; init; }

    public required int ErrorModelLevels { get; init; }
}

/// <summary>
/// In-memory training (paper Fig. 6e/f): forward and backward through the analog layers (DAC/ADC, read noise, the
/// programmed devices), updates by reprogramming (<see cref="AnalogSgd"/>), one curve per bit count next to the
/// digital curve trained with the same plain SGD, batch and learning rate.
/// </summary>
public static class InMemoryTraining
{
    /// <summary>
    /// Each layer's window covers this many times its initial weight scale: trained weights outgrow their
    /// initialisation, and a device window cannot be rescaled once programmed.
    /// </summary>
    public const double WindowHeadroom = 3.0;

    /// <summary>Runs the digital curve and one analog curve per bit count.</summary>
    public static InMemoryTrainingResult Run(TransferOptions options, IProgress<TrainingProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Epochs < 1)
        {
            throw new Edge.Analog.Errors.EdgeException(Edge.Analog.Errors.ExitCode.Usage, $"--epochs {options.Epochs}: in-memory training needs at least 1 epoch.");
        }

        var wall = Stopwatch.StartNew();
        foreach (var bits in options.Bits)
        {
            BitDepth.Check(bits, options.ErrorModel.Levels, $"the error model ({options.ErrorModelSource})");
        }

        var config = options.Crossbar.Validated();
        var run = PreparedRun.Load(options);
        var settings = new TrainingSettings
        {
            Epochs = options.Epochs,
            BatchSize = options.BatchSize,
            LearningRate = run.LearningRate,
            Momentum = 0.0,
            Seed = options.Seed,
            Label = $"train {run.Model} (digital)",
        };
        IReadOnlyList<double> digitalCurve;
        using (var digital = run.Create(DigitalLayers.Instance, options.Seed))
        {
            digitalCurve = DigitalTrainer.Train(digital, run.Train, run.Test, settings, progress);
        }

        var curves = new List<TrainingCurve>();
        foreach (var bits in options.Bits)
        {
            var levelModel = BitDepth.Select(options.ErrorModel, bits, options.ErrorModelSource);
            using var analog = run.Create(new AnalogLayers(config), options.Seed);
            var optimizer = new AnalogSgd(
                analog, new CrossbarProgrammer(levelModel), config, run.LearningRate, SeedSequence.Derive((ulong)options.Seed, bits), WindowHeadroom);
            var curve = TrainAnalog(analog, optimizer, run, settings with { Label = $"train {run.Model} in memory ({bits} bits)" }, progress);
            curves.Add(new TrainingCurve($"{bits} bits", bits, levelModel.Levels, curve, optimizer.Reprogrammed));
        }

        return new InMemoryTrainingResult
        {
            Model = run.Model,
            Dataset = options.Dataset,
            Range = config.Range.ToString().ToLowerInvariant(),
            Cells = config.Cells.ToString().ToLowerInvariant(),
            Periphery = WeightTransfer.Describe(config),
            Epochs = options.Epochs,
            BatchSize = options.BatchSize,
            LearningRate = run.LearningRate,
            WindowHeadroom = WindowHeadroom,
            TestSamples = run.Test.Count,
            TrainSamples = run.Train.Count,
            Digital = new TrainingCurve("digital", null, null, digitalCurve, 0),
            Curves = curves,
            SecondsWall = wall.Elapsed.TotalSeconds,
            Seed = options.Seed,
            ErrorModelSource = options.ErrorModelSource,
            ErrorModelLevels = options.ErrorModel.Levels,
        };
    }

    private static List<double> TrainAnalog(
        nn.Module<Tensor, Tensor> model, AnalogSgd optimizer, PreparedRun run, TrainingSettings settings, IProgress<TrainingProgress>? progress)
    {
        manual_seed(settings.Seed);
        var shuffle = new Random(settings.Seed);
        var steps = (run.Train.Count + settings.BatchSize - 1) / settings.BatchSize;
        var curve = new List<double>();
        for (var epoch = 0; epoch < settings.Epochs; epoch++)
        {
            model.train();
            var step = 0;
            foreach (var (images, labels) in Batches.Iterate(run.Train, settings.BatchSize, shuffle))
            {
                using var scope = NewDisposeScope();
                using var imageBatch = images;
                using var labelBatch = labels;
                var loss = nn.functional.cross_entropy(model.call(images), labels);
                loss.backward();
                optimizer.Step();
                progress?.Report(new TrainingProgress(settings.Label, (epoch * steps) + ++step, settings.Epochs * steps));
            }

            curve.Add(Evaluation.Accuracy(model, run.Test));
            GC.Collect();
        }

        return curve;
    }
}
