// SPDX-License-Identifier: MIT
using TorchSharp.Modules;

namespace Edge.Simulation.Analog;

/// <summary>A layer whose weights live in crossbar tiles (linear or convolution).</summary>
public interface IAnalogLayer
{
    /// <summary>The weight parameter (same name and shape as the digital layer's, so state dicts load unchanged).</summary>
    Parameter Weight { get; }

    /// <summary>The crossbar settings used by the next forward pass.</summary>
    CrossbarConfig Config { get; set; }

    /// <summary>The devices the layer currently holds (programmed, or ideal when nothing was programmed).</summary>
    LayerDevices Devices { get; }

    /// <summary>
    /// When true, the forward pass adds (w - stop_gradient(w)) / (g s) to the device difference: zero in value, so the
    /// crossbar computes with the devices, but gradients reach <see cref="Weight"/> (in-memory training).
    /// </summary>
    bool RouteGradientsToWeight { get; set; }

    /// <summary>Crossbar rows one input channel occupies (1 for linear, kh kw for convolution).</summary>
    int RowsPerChannel { get; }

    /// <summary>Number of tiles the layer needs with the current configuration.</summary>
    long TileCount { get; }

    /// <summary>Replaces the held devices (the layer takes ownership; the previous ones are disposed).</summary>
    void Load(LayerDevices devices);

    /// <summary>Drops programmed devices: the next forward pass maps the current weight ideally.</summary>
    void ResetDevices();
}
