// SPDX-License-Identifier: MIT
using Edge.Analog.Mapping;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Edge.Simulation.Analog;

/// <summary>The device bookkeeping shared by <see cref="AnalogLinear"/> and <see cref="AnalogConv2d"/>.</summary>
internal sealed class AnalogLayerState : IDisposable
{
    private LayerDevices? devices;

    public CrossbarConfig Config { get; set; } = CrossbarConfig.Default;

    public bool RouteGradientsToWeight { get; set; }

    public LayerDevices Devices(Parameter weight)
    {
        if (devices is null)
        {
            var scale = WeightScale.For(WeightValues(weight), Config.Range);
            devices = LayerDevices.Ideal(weight, new ConductanceConverter(Config.Cells, scale));
        }

        return devices;
    }

    public void Load(LayerDevices replacement)
    {
        ArgumentNullException.ThrowIfNull(replacement);
        if (!ReferenceEquals(devices, replacement))
        {
            devices?.Dispose();
        }

        devices = replacement;
    }

    public void Reset()
    {
        devices?.Dispose();
        devices = null;
    }

    public Tensor Forward(Tensor input, Parameter weight, Tensor? bias, int rowsPerChannel, Func<Tensor, Tensor, Tensor> operation)
    {
        var held = Devices(weight);
        using var gain = held.Gain.ToScalar();
        using var trainable = RouteGradientsToWeight ? (weight - weight.detach()).div_(gain) : null;
        return AnalogCore.Forward(input, held, trainable, bias, Config, rowsPerChannel, operation);
    }

    public long TileCount(long inputChannels, long outputs, int rowsPerChannel)
    {
        var channelsPerTile = Math.Max(1, Config.TileRows / Math.Max(1, rowsPerChannel));
        var rowTiles = (inputChannels + channelsPerTile - 1) / channelsPerTile;
        var columnsPerWeight = Config.Cells == CellScheme.Differential ? 2 : 1;
        var columnTiles = ((outputs * columnsPerWeight) + Config.TileColumns - 1) / Config.TileColumns;
        return rowTiles * columnTiles;
    }

    public void Dispose() => Reset();

    /// <summary>The weight values as floats (a copy: the scale is computed once per programming, not per batch).</summary>
    public static float[] WeightValues(Tensor weight)
    {
        using var _ = no_grad();
        using var flat = weight.detach().to(ScalarType.Float32).contiguous().flatten();
        return flat.data<float>().ToArray();
    }
}
