// SPDX-License-Identifier: MIT
using TorchSharp;
using static TorchSharp.torch;

namespace Edge.Simulation.Models;

/// <summary>
/// LeNet-5 for 28x28 Fashion-MNIST with the paper's convolution depths 16 and 32 (5x5 kernels, 2x2 max pooling,
/// then 512-120-84-10): 85,822 parameters. The paper lists 80,064, which no natural 16/32 LeNet-5 variant gives.
/// </summary>
public sealed class LeNet5 : nn.Module<Tensor, Tensor>
{
    private readonly nn.Module<Tensor, Tensor> conv1;
    private readonly nn.Module<Tensor, Tensor> conv2;
    private readonly nn.Module<Tensor, Tensor> fc1;
    private readonly nn.Module<Tensor, Tensor> fc2;
    private readonly nn.Module<Tensor, Tensor> fc3;

    /// <summary>Builds the network with <paramref name="layers"/>.</summary>
    public LeNet5(ILayerFactory layers, long classes = 10)
        : base(nameof(LeNet5))
    {
        ArgumentNullException.ThrowIfNull(layers);
        conv1 = layers.Conv2d(1, 16, 5);
        conv2 = layers.Conv2d(16, 32, 5);
        fc1 = layers.Linear(32 * 4 * 4, 120);
        fc2 = layers.Linear(120, 84);
        fc3 = layers.Linear(84, classes);
        RegisterComponents();
    }

    /// <inheritdoc/>
    public override Tensor forward(Tensor input)
    {
        using var scope = NewDisposeScope();
        var x = nn.functional.max_pool2d(nn.functional.relu(conv1.call(input)), 2);
        x = nn.functional.max_pool2d(nn.functional.relu(conv2.call(x)), 2);
        x = x.flatten(1);
        x = nn.functional.relu(fc1.call(x));
        x = nn.functional.relu(fc2.call(x));
        return fc3.call(x).MoveToOuterDisposeScope();
    }
}
