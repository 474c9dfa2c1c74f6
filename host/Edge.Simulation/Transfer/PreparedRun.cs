// SPDX-License-Identifier: MIT
using Edge.Simulation.Data;
using Edge.Simulation.Models;
using Edge.Simulation.Native;
using TorchSharp;
using static TorchSharp.torch;

namespace Edge.Simulation.Transfer;

/// <summary>The dataset split and model identity shared by the transfer and in-memory training runs.</summary>
internal sealed class PreparedRun
{
    private PreparedRun(string model, IImageDataset train, IImageDataset test, double learningRate)
    {
        Model = model;
        Train = train;
        Test = test;
        LearningRate = learningRate;
    }

    public string Model { get; }

    public IImageDataset Train { get; }

    public IImageDataset Test { get; }

    public double LearningRate { get; }

    public static PreparedRun Load(TransferOptions options)
    {
        TorchNative.EnsureReady();
        var model = ModelCatalogue.Canonical(options.Model);
        var (train, test) = DatasetCatalogue.Load(options.Dataset, options.ImageSizePixels, options.CacheFolder);

        // Fail on a model/dataset mismatch before any training time is spent.
        using (var probe = ModelCatalogue.Create(model, DigitalLayers.Instance, train.Shape, train.ClassCount))
        {
        }

        return new PreparedRun(
            model,
            DatasetSubset.Take(train, options.TrainLimit),
            DatasetSubset.Take(test, options.TestLimit),
            options.LearningRate ?? ModelCatalogue.Find(model).LearningRate);
    }

    /// <summary>The model built with <paramref name="layers"/>, initialised from <paramref name="seed"/>.</summary>
    public nn.Module<Tensor, Tensor> Create(ILayerFactory layers, int seed)
    {
        manual_seed(seed);
        return ModelCatalogue.Create(Model, layers, Train.Shape, Train.ClassCount);
    }
}
