// SPDX-License-Identifier: MIT
using TorchSharp;
using static TorchSharp.torch;

namespace Edge.Simulation.Models;

/// <summary>Builds the weight layers of a model, so one model definition serves the digital and the analog network.</summary>
public interface ILayerFactory
{
    /// <summary>A fully connected layer.</summary>
    nn.Module<Tensor, Tensor> Linear(long inFeatures, long outFeatures, bool bias = true);

    /// <summary>A square-kernel 2-D convolution.</summary>
    nn.Module<Tensor, Tensor> Conv2d(long inChannels, long outChannels, long kernelSize, long stride = 1, long padding = 0, bool bias = true);
}
