// SPDX-License-Identifier: MIT
using Edge.Simulation.Training;
using static TorchSharp.torch;

namespace Edge.Simulation.Tests.Training;

[Collection(TorchCollection.Name)]
public sealed class MomentumSgdTests
{
    [Theory]
    [InlineData(0.01, 0.9)]
    [InlineData(0.1, 0.0)]
    public void Updates_match_torch_optim_SGD_step_for_step(double learningRate, double momentum)
    {
        manual_seed(5);
        using var ours = nn.Sequential(nn.Linear(6, 5), nn.Tanh(), nn.Linear(5, 3));
        manual_seed(5);
        using var reference = nn.Sequential(nn.Linear(6, 5), nn.Tanh(), nn.Linear(5, 3));
        using var optimizer = new MomentumSgd(ours.parameters(), learningRate, momentum);
        using var referenceOptimizer = optim.SGD(reference.parameters(), learningRate, momentum);
        manual_seed(6);
        using var x = randn(8, 6);
        using var y = randint(3, [8]);
        for (var step = 0; step < 5; step++)
        {
            using var scope = NewDisposeScope();
            optimizer.ZeroGrad();
            nn.functional.cross_entropy(ours.call(x), y).backward();
            optimizer.Step();
            referenceOptimizer.zero_grad();
            nn.functional.cross_entropy(reference.call(x), y).backward();
            referenceOptimizer.step();
        }

        foreach (var (mine, theirs) in ours.parameters().Zip(reference.parameters()))
        {
            Assert.True(mine.allclose(theirs, rtol: 0, atol: 1e-7), "parameters differ from torch.optim.SGD after 5 steps");
        }
    }

    [Fact]
    public void Using_it_after_dispose_is_refused()
    {
        using var model = nn.Linear(2, 1);
        var optimizer = new MomentumSgd(model.parameters(), 0.1, 0.9);
        optimizer.Dispose();
        Assert.Throws<ObjectDisposedException>(optimizer.Step);
    }
}
