// SPDX-License-Identifier: MIT
using TorchSharp;
using static TorchSharp.torch;

namespace Edge.Simulation.Models;

/// <summary>The paper's MLP for MNIST: 784-256-128-10 with ReLU (235,146 parameters; the paper's 202,364 is inconsistent).</summary>
public sealed class Mlp : nn.Module<Tensor, Tensor>
{
    private readonly nn.Module<Tensor, Tensor> fc1;
    private readonly nn.Module<Tensor, Tensor> fc2;
    private readonly nn.Module<Tensor, Tensor> fc3;

    /// <summary>Builds the network with <paramref name="layers"/>.</summary>
    public Mlp(ILayerFactory layers, long classes = 10)
        : base(nameof(Mlp))
    {
        ArgumentNullException.ThrowIfNull(layers);
        fc1 = layers.Linear(784, 256);
        fc2 = layers.Linear(256, 128);
        fc3 = layers.Linear(128, classes);
        RegisterComponents();
    }

    /// <inheritdoc/>
    public override Tensor forward(Tensor input)
    {
        using var scope = NewDisposeScope();
        var x = input.flatten(1);
        x = nn.functional.relu(fc1.call(x));
        x = nn.functional.relu(fc2.call(x));
        return fc3.call(x).MoveToOuterDisposeScope();
    }
}
