// SPDX-License-Identifier: MIT
using System.CommandLine;
using Edge.Analog.Errors;
using Edge.Analog.Mapping;
using Edge.Simulation.Analog;
using Edge.Simulation.Transfer;

namespace Edge.Cli.Commands.Simulate;

/// <summary>Translates the parsed options into the simulator's settings, checking ranges first.</summary>
internal sealed partial class SimulationOptions
{
    /// <summary>The settings of one run of <paramref name="trials"/> trials; a value out of range is exit 2 naming the option.</summary>
    public TransferOptions Read(ParseResult parse, int trials)
    {
        var model = Edge.Simulation.Models.ModelCatalogue.Find(parse.GetValue(Model)!);
        var (errorModel, source) = DefaultErrorModel.Resolve(parse.GetValue(ErrorModel));
        var epochs = parse.GetValue(Epochs) ?? model.Epochs;
        if (epochs < 0 || trials < 1 || parse.GetValue(BatchSize) < 1)
        {
            throw new EdgeException(ExitCode.Usage, "--epochs must be >= 0, --trials and --batch >= 1.");
        }

        var subtraction = parse.GetValue(Subtract)!.Trim().ToLowerInvariant() switch
        {
            "analog" => ReferenceSubtraction.Analog,
            "digital" => ReferenceSubtraction.Digital,
            var other => throw new EdgeException(ExitCode.Usage, $"--subtract '{other}': expected analog or digital."),
        };
        var preset = CrossbarConfig.ForPeriphery(parse.GetValue(Periphery)!);
        var crossbar = preset with
        {
            InputBits = parse.GetValue(DacBits) ?? preset.InputBits,
            OutputBits = parse.GetValue(AdcBits) ?? preset.OutputBits,
            OutputBound = parse.GetValue(AdcBound) ?? preset.OutputBound,
            OutputNoise = parse.GetValue(ReadNoise) ?? preset.OutputNoise,
            Range = OptionValue.Parse("--range", parse.GetValue(Range)!, WeightScale.Parse),
            Cells = OptionValue.Parse("--cells", parse.GetValue(Cells)!, ConductanceConverter.ParseScheme),
            Subtraction = subtraction,
            TileRows = parse.GetValue(Tile),
            TileColumns = parse.GetValue(Tile),
            DriftSeconds = parse.GetValue(DriftSeconds),
            DriftExponent = parse.GetValue(DriftNu),
            DeviceVariation = parse.GetValue(Variation),
        };
        return new TransferOptions
        {
            Model = model.Name,
            Dataset = parse.GetValue(Dataset)!,
            ErrorModel = errorModel,
            ErrorModelSource = source,
            Bits = OptionValue.Parse("--bits", parse.GetValue(Bits)!, BitDepth.ParseList),
            Trials = trials,
            Crossbar = crossbar.Validated(),
            Seed = parse.GetValue(Seed),
            Epochs = epochs,
            BatchSize = parse.GetValue(BatchSize),
            LearningRate = parse.GetValue(LearningRate),
            TrainLimit = parse.GetValue(TrainLimit),
            TestLimit = parse.GetValue(TestLimit),
            ImageSizePixels = parse.GetValue(ImageSize),
        };
    }

    /// <summary>The --out folder, checked (and the overwrite rule applied) before any data is loaded or a network trained.</summary>
    public string OutputFolder(ParseResult parse) => OutputPath.Folder("--out", parse.GetValue(Out)!, result: "results.json", force: parse.GetValue(Force));
}
