// SPDX-License-Identifier: MIT
using Edge.Analog.ErrorModel;
using Edge.Analog.Mapping;
using Edge.Simulation.Analog;
using Edge.Simulation.Transfer;
using Xunit.Abstractions;

namespace Edge.Simulation.Tests.Transfer;

[Collection(TorchCollection.Name)]
public sealed class WeightTransferTests(ITestOutputHelper output)
{
    [Fact]
    public void Mlp_on_a_few_thousand_mnist_digits_loses_accuracy_at_1_bit_and_keeps_it_at_9_bits()
    {
        var result = WeightTransfer.Run(new TransferOptions
        {
            Model = "mlp",
            Dataset = "mnist",
            ErrorModel = new FallbackErrorModelSource().Get(512),
            ErrorModelSource = "fallback",
            Bits = [1, 9],
            Trials = 2,
            Epochs = 4,
            TrainLimit = 3000,
            TestLimit = 1000,
            Seed = 7,

            // Differential cells: at 1 bit a weight is -s, 0 or +s with threshold s/2 (most weights vanish). With offset
            // cells 1 bit is sign(w) s, which an MLP on MNIST tolerates surprisingly well (docs/simulation.md).
            Crossbar = CrossbarConfig.Default with { Cells = CellScheme.Differential },
        });

        output.WriteLine($"digital {result.DigitalAccuracy:P2}; " + string.Join("; ", result.Points.Select(p => $"{p.Bits} bits {p.AccuracyMean:P2} +- {p.AccuracyStd:P2}")) + $"; {result.SecondsWall:F1} s");
        var oneBit = result.Points.Single(p => p.Bits == 1);
        var nineBits = result.Points.Single(p => p.Bits == 9);
        Assert.InRange(result.DigitalAccuracy, 0.85, 1.0);
        Assert.True(oneBit.AccuracyMean < nineBits.AccuracyMean - 0.2, "1 bit should be clearly worse than 9 bits");
        Assert.InRange(nineBits.AccuracyMean, result.DigitalAccuracy - 0.03, 1.0);
        Assert.Equal(1000, result.TestSamples);
        Assert.Equal(4, result.TrialSeeds.Count);
    }
}
