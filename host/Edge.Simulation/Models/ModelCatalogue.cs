// SPDX-License-Identifier: MIT
using Edge.Analog.Errors;
using Edge.Simulation.Data;
using TorchSharp;
using static TorchSharp.torch;

namespace Edge.Simulation.Models;

/// <summary>The networks <c>--model</c> accepts, one <see cref="ModelDescriptor"/> each.</summary>
public static class ModelCatalogue
{
    private static readonly ImageShape Digits = new(1, 28, 28);

    /// <summary>Every network, in the order help texts list them.</summary>
    public static readonly IReadOnlyList<ModelDescriptor> All =
    [
        new("mlp", [], 0.05, 15, DigitsOnly("mlp"), (layers, classes) => new Mlp(layers, classes)),
        new("lenet5", ["lenet"], 0.02, 4, DigitsOnly("lenet5"), (layers, classes) => new LeNet5(layers, classes)),
        new(
            "resnet34",
            [],
            0.01,
            2,
            shape => shape.Channels != 3 || shape.Height < 32 || shape.Width < 32 ? $"--model resnet34 expects 3-channel images of at least 32x32; the dataset gives {shape}." : null,
            (layers, classes) => new ResNet34(layers, classes)),
    ];

    /// <summary>Accepted model names.</summary>
    public static readonly IReadOnlyList<string> Names = All.Select(m => m.Name).ToArray();

    /// <summary>The network called <paramref name="name"/> (any accepted spelling).</summary>
    /// <exception cref="EdgeException"><see cref="ExitCode.Usage"/> for an unknown name, listing the known ones.</exception>
    public static ModelDescriptor Find(string name)
    {
        var key = (name ?? string.Empty).Trim().ToLowerInvariant().Replace("-", string.Empty, StringComparison.Ordinal);
        return All.FirstOrDefault(m => m.Name == key || m.Aliases.Contains(key))
            ?? throw new EdgeException(ExitCode.Usage, $"--model '{name}': unknown model; expected one of {string.Join(", ", Names)}.");
    }

    /// <summary>Normalises and checks a model name.</summary>
    public static string Canonical(string name) => Find(name).Name;

    /// <summary>Builds model <paramref name="name"/> for <paramref name="shape"/> inputs and <paramref name="classes"/> classes.</summary>
    /// <exception cref="EdgeException"><see cref="ExitCode.Usage"/> when the network cannot take these inputs.</exception>
    public static nn.Module<Tensor, Tensor> Create(string name, ILayerFactory layers, ImageShape shape, int classes)
    {
        var model = Find(name);
        return model.InputProblem(shape) is string problem ? throw new EdgeException(ExitCode.Usage, problem) : model.Build(layers, classes);
    }

    /// <summary>Trainable parameter count.</summary>
    public static long ParameterCount(nn.Module module)
    {
        ArgumentNullException.ThrowIfNull(module);
        return module.parameters().Sum(p => p.numel());
    }

    private static Func<ImageShape, string?> DigitsOnly(string name) =>
        shape => shape == Digits ? null : $"--model {name} expects 1x28x28 images; the dataset gives {shape} (use mnist or fashion-mnist).";
}
