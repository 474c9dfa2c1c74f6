// SPDX-License-Identifier: MIT
using Edge.Analog.ErrorModel;
using Edge.Analog.Mapping;
using Edge.Analog.Plan;
using Edge.Simulation.Analog;
using Edge.Simulation.Data;
using Edge.Simulation.Models;
using Edge.Simulation.Training;
using Edge.Simulation.Transfer;
using static TorchSharp.torch;

namespace Edge.Simulation.Deploy;

/// <summary>
/// The network side of a deployment: loads the trained model, plans every device with the simulator's own
/// <see cref="ModelProgrammer"/> (same converter, same quantiser, same selected levels), maps the plan onto the
/// calibration's level program, predicts the accuracy the simulator expects, and rebuilds the network from what the
/// board really holds (the read-back digital twin).
/// </summary>
public sealed class NetworkDeployment : INetworkDeployment
{
    private readonly nn.Module<Tensor, Tensor> digital;
    private readonly nn.Module<Tensor, Tensor> analog;
    private readonly ModelProgrammer programmer;
    private readonly IImageDataset test;

    private NetworkDeployment(string model, nn.Module<Tensor, Tensor> digital, nn.Module<Tensor, Tensor> analog, ModelProgrammer programmer, ProgramErrorModel levels, IImageDataset test, CellScheme cellScheme)
    {
        Model = model;
        CellScheme = cellScheme;
        this.digital = digital;
        this.analog = analog;
        this.programmer = programmer;
        SelectedLevels = levels;
        this.test = test;
    }

    /// <inheritdoc/>
    public string Model { get; }

    /// <inheritdoc/>
    public ProgramErrorModel SelectedLevels { get; }

    /// <inheritdoc/>
    public CellScheme CellScheme { get; }

    /// <inheritdoc/>
    public int TestSamples => test.Count;

    /// <summary>Loads the model and weights and plans it.</summary>
    public static NetworkDeployment Prepare(string model, string dataset, string weightsPath, ProgramErrorModel calibrated, int bits, CrossbarConfig config, int seed, int testLimit, string? cacheFolder)
    {
        Native.TorchNative.EnsureReady();
        string name = ModelCatalogue.Canonical(model);
        var (_, fullTest) = DatasetCatalogue.Load(dataset, 256, cacheFolder);
        var test = DatasetSubset.Take(fullTest, testLimit);
        manual_seed(seed);
        var digital = ModelCatalogue.Create(name, DigitalLayers.Instance, test.Shape, test.ClassCount);
        WeightsFile.Load(digital, weightsPath, name);
        manual_seed(seed);
        var analog = ModelCatalogue.Create(name, new AnalogLayers(config.Validated()), test.Shape, test.ClassCount);
        analog.load_state_dict(digital.state_dict());
        var levels = BitDepth.Select(calibrated, bits, "the error model");
        var programmer = new ModelProgrammer(analog, new CrossbarProgrammer(levels), config.Validated());
        return new NetworkDeployment(name, digital, analog, programmer, levels, test, config.Cells);
    }

    /// <summary>
    /// Every device of the plan mapped onto the calibration's levels: selected level -> calibrated level k ->
    /// level-program level and its reached resistance.
    /// </summary>
    public DeployPlan Plan(CalibrationLevels calibration)
    {
        ArgumentNullException.ThrowIfNull(calibration);
        var devices = new List<DeployDevice>();
        var names = new List<string>();
        var columns = new List<int>();
        foreach (var layer in programmer.Layers)
        {
            names.Add($"{layer.Index}:{layer.Layer.GetType().Name}");
            columns.Add((int)(layer.Layer.Weight.numel() / layer.Layer.Weight.shape[0]));
            Add(devices, layer.Index, layer.PlusLevels, minus: false, calibration);
            if (layer.MinusLevels is not null)
            {
                Add(devices, layer.Index, layer.MinusLevels, minus: true, calibration);
            }
        }

        return new DeployPlan(devices, names, calibration.Levels, calibration.ProgramLevelCount) { LayerColumns = columns };
    }

    /// <summary>Accuracy of the full-precision network.</summary>
    public double DigitalAccuracy() => Evaluation.Accuracy(digital, test);

    /// <summary>The simulator's prediction: mean accuracy over <paramref name="trials"/> sampled programmings.</summary>
    public double SimulatedAccuracy(int trials, ulong seed)
    {
        double sum = 0;
        for (int t = 0; t < trials; t++)
        {
            programmer.Program(SeedSequence.Derive(seed, t));
            sum += Evaluation.Accuracy(analog, test);
        }

        return sum / trials;
    }

    /// <summary>
    /// Accuracy of the network the board really holds: each device's read-back resistance becomes a normalised value
    /// through the calibration's range, then a weight through the same converter. A device with no reading (ADC
    /// saturated) counts as HRS (y = 0), the state it was initialised to.
    /// </summary>
    public double ReadbackAccuracy(DeployPlan plan, IReadOnlyList<double?> readbackOhms, CalibrationLevels calibration)
    {
        var byLayer = new Dictionary<(int Layer, bool Minus), float[]>();
        foreach (var layer in programmer.Layers)
        {
            byLayer[(layer.Index, false)] = new float[layer.PlusLevels.Length];
            if (layer.MinusLevels is not null)
            {
                byLayer[(layer.Index, true)] = new float[layer.MinusLevels.Length];
            }
        }

        for (int i = 0; i < plan.Devices.Count; i++)
        {
            var d = plan.Devices[i];
            double? ohms = readbackOhms[i];
            byLayer[(d.Layer, d.Minus)][d.Position] = ohms is double r && double.IsFinite(r) ? (float)calibration.Normalise(r) : 0f;
        }

        foreach (var layer in programmer.Layers)
        {
            var shape = layer.Layer.Weight.shape;
            var plus = tensor(byLayer[(layer.Index, false)]).reshape(shape);
            var minus = layer.MinusLevels is null ? LayerDevices.OffsetReference(layer.Layer.Weight) : tensor(byLayer[(layer.Index, true)]).reshape(shape);
            layer.Layer.Load(new LayerDevices(plus, minus, layer.Converter));
        }

        return Evaluation.Accuracy(analog, test);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        digital.Dispose();
        analog.Dispose();
    }

    private void Add(List<DeployDevice> devices, int layer, int[] levels, bool minus, CalibrationLevels calibration)
    {
        for (int position = 0; position < levels.Length; position++)
        {
            int selected = levels[position];
            int k = SelectedLevels.SourceLevels[selected];
            devices.Add(new DeployDevice(layer, position, minus, selected, k, calibration.ProgramLevels[k], calibration.ReachedOhms[k]));
        }
    }
}
