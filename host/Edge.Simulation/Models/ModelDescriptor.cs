// SPDX-License-Identifier: MIT
using Edge.Simulation.Data;
using static TorchSharp.torch;

namespace Edge.Simulation.Models;

/// <summary>
/// Everything Edge knows about one network: its name, the inputs it accepts, how the digital baseline is trained by
/// default, and how to build it from a layer factory (digital or analog: the same code makes both).
/// </summary>
/// <param name="Name">The canonical <c>--model</c> name.</param>
/// <param name="Aliases">Other accepted spellings (compared after lower-casing and removing '-').</param>
/// <param name="LearningRate">
/// Learning rate of the digital baseline (SGD, momentum 0.9, batch 64): tuned for a few epochs here, where the paper
/// trained 50 epochs of plain SGD at 0.1 / 0.01 / 0.0001.
/// </param>
/// <param name="Epochs">Epochs that reach the documented digital accuracy within the documented time.</param>
/// <param name="InputProblem">Why an input shape does not suit the network, or null when it does.</param>
/// <param name="Build">Builds the network from a layer factory for a number of classes.</param>
public sealed record ModelDescriptor(
    string Name,
    IReadOnlyList<string> Aliases,
    double LearningRate,
    int Epochs,
    Func<ImageShape, string?> InputProblem,
    Func<ILayerFactory, int, nn.Module<Tensor, Tensor>> Build);
