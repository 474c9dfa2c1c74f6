// SPDX-License-Identifier: MIT
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Edge.Simulation.Analog;

/// <summary>A fully connected layer computed in crossbar tiles (drop-in for <c>nn.Linear</c>; bias stays digital).</summary>
public sealed class AnalogLinear : nn.Module<Tensor, Tensor>, IAnalogLayer
{
    private readonly Parameter weight;
    private readonly Parameter? bias;
    private readonly AnalogLayerState state = new();

    /// <summary>Creates the layer with nn.Linear's initialisation (Kaiming-uniform weights).</summary>
    public AnalogLinear(long inFeatures, long outFeatures, bool hasBias = true, string name = "AnalogLinear")
        : base(name)
    {
        using (var template = nn.Linear(inFeatures, outFeatures, hasBias))
        {
            weight = new Parameter(template.weight!.detach().clone());
            bias = hasBias ? new Parameter(template.bias!.detach().clone()) : null;
        }

        InFeatures = inFeatures;
        OutFeatures = outFeatures;
        RegisterComponents();
    }

    /// <summary>Input features (crossbar rows).</summary>
    public long InFeatures { get; }

    /// <summary>Output features (crossbar columns per device of a weight).</summary>
    public long OutFeatures { get; }

    /// <inheritdoc/>
    public Parameter Weight => weight;

    /// <summary>The digital bias, or null.</summary>
    public Parameter? Bias => bias;

    /// <inheritdoc/>
    public CrossbarConfig Config { get => state.Config; set => state.Config = value; }

    /// <inheritdoc/>
    public LayerDevices Devices => state.Devices(weight);

    /// <inheritdoc/>
    public bool RouteGradientsToWeight { get => state.RouteGradientsToWeight; set => state.RouteGradientsToWeight = value; }

    /// <inheritdoc/>
    public int RowsPerChannel => 1;

    /// <inheritdoc/>
    public long TileCount => state.TileCount(InFeatures, OutFeatures, RowsPerChannel);

    /// <inheritdoc/>
    public void Load(LayerDevices devices) => state.Load(devices);

    /// <inheritdoc/>
    public void ResetDevices() => state.Reset();

    /// <inheritdoc/>
    public override Tensor forward(Tensor input)
    {
        // The crossbar path adds a bias per dimension-1 channel, which is a linear layer's output feature only for
        // (batch, features) inputs; other shapes get the bias on their last dimension here.
        if (input.dim() == 2 || bias is null)
        {
            return state.Forward(input, weight, bias, RowsPerChannel, (x, w) => nn.functional.linear(x, w));
        }

        return state.Forward(input, weight, null, RowsPerChannel, (x, w) => nn.functional.linear(x, w)).add_(bias, alpha: HeldScalars.One);
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            state.Dispose();
        }

        base.Dispose(disposing);
    }
}
