// SPDX-License-Identifier: MIT
using Edge.Analog.Errors;
using Edge.Simulation.Data;
using TorchSharp;
using static TorchSharp.torch;

namespace Edge.Simulation.Models;

/// <summary>The models <c>--model</c> accepts, the input each expects, and the paper's training settings.</summary>
public static class ModelCatalogue
{
    /// <summary>Accepted model names.</summary>
    public static readonly IReadOnlyList<string> Names = ["mlp", "lenet5", "resnet34"];

    /// <summary>Normalises and checks a model name.</summary>
    public static string Canonical(string name)
    {
        var key = (name ?? string.Empty).Trim().ToLowerInvariant().Replace("-", string.Empty, StringComparison.Ordinal);
        return key switch
        {
            "mlp" => "mlp",
            "lenet5" or "lenet" => "lenet5",
            "resnet34" => "resnet34",
            _ => throw new EdgeException(ExitCode.Usage, $"--model '{name}': unknown model; expected one of {string.Join(", ", Names)}."),
        };
    }

    /// <summary>Builds model <paramref name="name"/> for <paramref name="shape"/> inputs and <paramref name="classes"/> classes.</summary>
    public static nn.Module<Tensor, Tensor> Create(string name, ILayerFactory layers, ImageShape shape, int classes)
    {
        var model = Canonical(name);
        var needsDigits = model is "mlp" or "lenet5";
        if (needsDigits && shape != new ImageShape(1, 28, 28))
        {
            throw new EdgeException(ExitCode.Usage, $"--model {model} expects 1x28x28 images; the dataset gives {shape} (use mnist or fashion-mnist).");
        }

        if (model == "resnet34" && (shape.Channels != 3 || shape.Height < 32 || shape.Width < 32))
        {
            throw new EdgeException(ExitCode.Usage, $"--model resnet34 expects 3-channel images of at least 32x32; the dataset gives {shape}.");
        }

        return model switch
        {
            "mlp" => new Mlp(layers, classes),
            "lenet5" => new LeNet5(layers, classes),
            _ => new ResNet34(layers, classes),
        };
    }

    /// <summary>Trainable parameter count.</summary>
    public static long ParameterCount(nn.Module module)
    {
        ArgumentNullException.ThrowIfNull(module);
        return module.parameters().Sum(p => p.numel());
    }
}
