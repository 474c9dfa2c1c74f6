// SPDX-License-Identifier: MIT
using Edge.Simulation.Analog;
using TorchSharp;
using static TorchSharp.torch;

namespace Edge.Simulation.Models;

/// <summary>Crossbar layers with one configuration (every weight layer of the model becomes analog).</summary>
public sealed class AnalogLayers(CrossbarConfig config) : ILayerFactory
{
    /// <summary>The configuration given to every layer.</summary>
    public CrossbarConfig Config { get; } = config ?? throw new ArgumentNullException(nameof(config));

    /// <inheritdoc/>
    public nn.Module<Tensor, Tensor> Linear(long inFeatures, long outFeatures, bool bias = true)
        => new AnalogLinear(inFeatures, outFeatures, bias) { Config = Config };

    /// <inheritdoc/>
    public nn.Module<Tensor, Tensor> Conv2d(long inChannels, long outChannels, long kernelSize, long stride = 1, long padding = 0, bool bias = true)
        => new AnalogConv2d(inChannels, outChannels, kernelSize, stride, padding, bias) { Config = Config };
}
