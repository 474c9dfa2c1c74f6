// SPDX-License-Identifier: MIT
namespace Edge.Simulation.Data;

/// <summary>Channels x height x width of one image (pixels).</summary>
public readonly record struct ImageShape(int Channels, int Height, int Width)
{
    /// <summary>Values per image.</summary>
    public int Size => Channels * Height * Width;

    /// <inheritdoc/>
    public override string ToString() => $"{Channels}x{Height}x{Width}";
}
