// SPDX-License-Identifier: MIT
using Edge.Simulation.Analog;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Edge.Simulation.Models;

/// <summary>
/// ResNet-34 built from an <see cref="ILayerFactory"/> so its convolutions and classifier can be crossbar layers.
/// Module names, shapes and parameter count match TorchVision's <c>resnet34(num_classes)</c> exactly
/// (21,336,485 parameters for 101 classes), so TorchVision/PyTorch state dicts load unchanged.
/// </summary>
public sealed class ResNet34 : nn.Module<Tensor, Tensor>
{
    private static readonly int[] BlocksPerStage = [3, 4, 6, 3];
    private static readonly int[] WidthPerStage = [64, 128, 256, 512];

    private readonly nn.Module<Tensor, Tensor> conv1;
    private readonly BatchNorm2d bn1;
    private readonly Sequential layer1;
    private readonly Sequential layer2;
    private readonly Sequential layer3;
    private readonly Sequential layer4;
    private readonly nn.Module<Tensor, Tensor> fc;

    /// <summary>Builds the network with <paramref name="layers"/>.</summary>
    public ResNet34(ILayerFactory layers, long classes = 101)
        : base(nameof(ResNet34))
    {
        ArgumentNullException.ThrowIfNull(layers);
        conv1 = layers.Conv2d(3, 64, 7, stride: 2, padding: 3, bias: false);
        bn1 = nn.BatchNorm2d(64);
        var stages = new Sequential[4];
        long channels = 64;
        for (var s = 0; s < 4; s++)
        {
            var blocks = new List<(string, nn.Module<Tensor, Tensor>)>();
            for (var b = 0; b < BlocksPerStage[s]; b++)
            {
                var stride = s > 0 && b == 0 ? 2 : 1;
                blocks.Add((b.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    new BasicBlock(layers, channels, WidthPerStage[s], stride)));
                channels = WidthPerStage[s];
            }

            stages[s] = nn.Sequential(blocks);
        }

        (layer1, layer2, layer3, layer4) = (stages[0], stages[1], stages[2], stages[3]);
        fc = layers.Linear(512, classes);
        RegisterComponents();
    }

    /// <inheritdoc/>
    public override Tensor forward(Tensor input)
    {
        using var scope = NewDisposeScope();
        var x = nn.functional.relu(bn1.call(conv1.call(input)));
        x = nn.functional.max_pool2d(x, 3, 2, 1);
        x = layer4.call(layer3.call(layer2.call(layer1.call(x))));
        x = nn.functional.adaptive_avg_pool2d(x, [1, 1]).flatten(1);
        return fc.call(x).MoveToOuterDisposeScope();
    }

    /// <summary>Two 3x3 convolutions with batch norm and an identity (or 1x1 projection) shortcut.</summary>
    private sealed class BasicBlock : nn.Module<Tensor, Tensor>
    {
        private readonly nn.Module<Tensor, Tensor> conv1;
        private readonly BatchNorm2d bn1;
        private readonly nn.Module<Tensor, Tensor> conv2;
        private readonly BatchNorm2d bn2;
        private readonly Sequential? downsample;

        public BasicBlock(ILayerFactory layers, long inChannels, long outChannels, long stride)
            : base(nameof(BasicBlock))
        {
            conv1 = layers.Conv2d(inChannels, outChannels, 3, stride, 1, bias: false);
            bn1 = nn.BatchNorm2d(outChannels);
            conv2 = layers.Conv2d(outChannels, outChannels, 3, 1, 1, bias: false);
            bn2 = nn.BatchNorm2d(outChannels);
            if (stride != 1 || inChannels != outChannels)
            {
                downsample = nn.Sequential(
                    ("0", layers.Conv2d(inChannels, outChannels, 1, stride, 0, bias: false)),
                    ("1", (nn.Module<Tensor, Tensor>)nn.BatchNorm2d(outChannels)));
            }

            RegisterComponents();
        }

        public override Tensor forward(Tensor input)
        {
            using var scope = NewDisposeScope();
            var x = nn.functional.relu(bn1.call(conv1.call(input)));
            x = bn2.call(conv2.call(x));
            var shortcut = downsample is null ? input : downsample.call(input);
            return nn.functional.relu(x.add_(shortcut, alpha: HeldScalars.One)).MoveToOuterDisposeScope();
        }
    }
}
