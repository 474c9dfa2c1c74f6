// SPDX-License-Identifier: MIT
using TorchSharp;
using static TorchSharp.torch;

namespace Edge.Simulation.Models;

/// <summary>Ordinary TorchSharp layers: the full-precision reference network.</summary>
public sealed class DigitalLayers : ILayerFactory
{
    /// <summary>The shared instance.</summary>
    public static DigitalLayers Instance { get; } = new();

    /// <inheritdoc/>
    public nn.Module<Tensor, Tensor> Linear(long inFeatures, long outFeatures, bool bias = true)
        => nn.Linear(inFeatures, outFeatures, bias);

    /// <inheritdoc/>
    public nn.Module<Tensor, Tensor> Conv2d(long inChannels, long outChannels, long kernelSize, long stride = 1, long padding = 0, bool bias = true)
        => nn.Conv2d(inChannels, outChannels, kernelSize, stride, padding, bias: bias);
}
