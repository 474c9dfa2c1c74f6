// SPDX-License-Identifier: MIT
using TorchSharp;
using TorchSharp.Modules;
using Edge.Simulation.Analog;
using static TorchSharp.torch;

namespace Edge.Simulation.Training;

/// <summary>
/// SGD with momentum, the update of PyTorch's <c>torch.optim.SGD</c> (no dampening, no weight decay, no Nesterov):
/// b = g on the first step, then b = m b + g; w = w - lr b. TorchSharp's own optimiser passes its learning rate and
/// momentum as implicitly created Scalars whose native values only a finaliser frees, so a collection during
/// <c>optimizer.step()</c> could free them while libtorch reads them (a native "toFloat" failure). Here both Scalars
/// are owned by the optimiser for its whole life and disposed with it.
/// </summary>
public sealed class MomentumSgd : IDisposable
{
    private readonly Parameter[] parameters;
    private readonly Tensor?[] buffers;
    private readonly Scalar momentum;
    private readonly Scalar negativeLearningRate;
    private readonly bool usesMomentum;
    private bool disposed;

    /// <summary>Optimises <paramref name="parameters"/> with learning rate and momentum factor (0 = plain SGD).</summary>
    public MomentumSgd(IEnumerable<Parameter> parameters, double learningRate, double momentumFactor)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentOutOfRangeException.ThrowIfNegative(learningRate);
        ArgumentOutOfRangeException.ThrowIfNegative(momentumFactor);
        this.parameters = parameters.ToArray();
        buffers = new Tensor?[this.parameters.Length];
        usesMomentum = momentumFactor != 0;
        momentum = momentumFactor.ToScalar();
        negativeLearningRate = (-learningRate).ToScalar();
    }

    /// <summary>Clears every parameter's gradient.</summary>
    public void ZeroGrad()
    {
        foreach (var parameter in parameters)
        {
            parameter.grad?.zero_();
        }
    }

    /// <summary>Applies one update from the gradients of the last backward pass.</summary>
    public void Step()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        using var _ = no_grad();
        for (var i = 0; i < parameters.Length; i++)
        {
            if (parameters[i].grad is not { } gradient)
            {
                continue;
            }

            var direction = gradient;
            if (usesMomentum)
            {
                if (buffers[i] is { } buffer)
                {
                    // add_(Tensor) without alpha would create its alpha of 1 implicitly inside TorchSharp.
                    buffer.mul_(momentum).add_(gradient, alpha: HeldScalars.One);
                }
                else
                {
                    buffers[i] = gradient.clone().detach().DetachFromDisposeScope();
                }

                direction = buffers[i]!;
            }

            parameters[i].add_(direction, alpha: negativeLearningRate);
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        foreach (var buffer in buffers)
        {
            buffer?.Dispose();
        }

        momentum.Dispose();
        negativeLearningRate.Dispose();
    }
}
