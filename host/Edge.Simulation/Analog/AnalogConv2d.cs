// SPDX-License-Identifier: MIT
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Edge.Simulation.Analog;

/// <summary>
/// A 2-D convolution computed in crossbar tiles (drop-in for <c>nn.Conv2d</c>): each kernel is one crossbar column of
/// C kh kw rows; input channels are grouped so a tile holds at most <see cref="CrossbarConfig.TileRows"/> rows.
/// Inputs are normalised per image (one abs-max per sample); bias stays digital.
/// </summary>
public sealed class AnalogConv2d : nn.Module<Tensor, Tensor>, IAnalogLayer
{
    private readonly Parameter weight;
    private readonly Parameter? bias;
    private readonly AnalogLayerState state = new();
    private readonly long[] stride;
    private readonly long[] padding;

    /// <summary>Creates the layer with nn.Conv2d's initialisation.</summary>
    public AnalogConv2d(
        long inChannels, long outChannels, long kernelSize, long stride = 1, long padding = 0, bool hasBias = true, string name = "AnalogConv2d")
        : base(name)
    {
        using (var template = nn.Conv2d(inChannels, outChannels, kernelSize, stride, padding, bias: hasBias))
        {
            weight = new Parameter(template.weight!.detach().clone());
            bias = hasBias ? new Parameter(template.bias!.detach().clone()) : null;
        }

        this.stride = [stride, stride];
        this.padding = [padding, padding];
        InChannels = inChannels;
        OutChannels = outChannels;
        KernelSize = kernelSize;
        RegisterComponents();
    }

    /// <summary>Input channels.</summary>
    public long InChannels { get; }

    /// <summary>Output channels (crossbar columns per device of a weight).</summary>
    public long OutChannels { get; }

    /// <summary>Square kernel side.</summary>
    public long KernelSize { get; }

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
    public int RowsPerChannel => (int)(KernelSize * KernelSize);

    /// <inheritdoc/>
    public long TileCount => state.TileCount(InChannels, OutChannels, RowsPerChannel);

    /// <inheritdoc/>
    public void Load(LayerDevices devices) => state.Load(devices);

    /// <inheritdoc/>
    public void ResetDevices() => state.Reset();

    /// <inheritdoc/>
    public override Tensor forward(Tensor input)
    {
        return state.Forward(
            input, weight, bias, RowsPerChannel, (x, w) => nn.functional.conv2d(x, w, strides: stride, padding: padding));
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
