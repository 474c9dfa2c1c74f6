// SPDX-License-Identifier: MIT
using System.Security.Cryptography;

namespace Edge.Analog.Plan;

/// <summary>One programmed device of the network: which weight it carries and the level it must reach.</summary>
/// <param name="Layer">Analog layer index.</param>
/// <param name="Position">Weight index inside the layer (row-major).</param>
/// <param name="Minus">True for the y_b device of a differential pair.</param>
/// <param name="Level">Level in the selected level set (what the quantiser chose).</param>
/// <param name="CalibratedLevel">Requested level k of the calibration's segmentation.</param>
/// <param name="ProgramLevel">Level of the board's level program.</param>
/// <param name="TargetOhms">Reached resistance of that level, ohm.</param>
public readonly record struct DeployDevice(int Layer, int Position, bool Minus, int Level, int CalibratedLevel, int ProgramLevel, double TargetOhms);

/// <summary>
/// Every device of a network with its target, built with the simulator's converter and quantiser (one code path,
/// so what was simulated is what is programmed), and a hash that binds a journal to exactly this plan.
/// </summary>
public sealed class DeployPlan
{
    /// <summary>Creates a plan.</summary>
    public DeployPlan(IReadOnlyList<DeployDevice> devices, IReadOnlyList<string> layerNames, int levelCount, int programLevelCount)
    {
        Devices = devices;
        LayerNames = layerNames;
        LevelCount = levelCount;
        ProgramLevelCount = programLevelCount;
        Hash = ComputeHash(devices, levelCount);
    }

    /// <summary>All devices in programming order.</summary>
    public IReadOnlyList<DeployDevice> Devices { get; }

    /// <summary>Names of the analog layers.</summary>
    public IReadOnlyList<string> LayerNames { get; }

    /// <summary>
    /// Columns of each analog layer's weight matrix (inputs; a convolution's kernel flattened), so a device's
    /// <see cref="DeployDevice.Position"/> reads as a row and column; empty when the planner did not say.
    /// </summary>
    public IReadOnlyList<int> LayerColumns { get; init; } = [];

    /// <summary>Calibrated level count n (the board's level program is for this n).</summary>
    public int LevelCount { get; }

    /// <summary>Occupied levels in the board's level program.</summary>
    public int ProgramLevelCount { get; }

    /// <summary>SHA-256 of every device's (layer, position, side, program level) and n, hex.</summary>
    public string Hash { get; }

    private static string ComputeHash(IReadOnlyList<DeployDevice> devices, int levelCount)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[16];
        BitConverter.TryWriteBytes(buffer.AsSpan(0, 4), levelCount);
        sha.AppendData(buffer, 0, 4);
        foreach (var d in devices)
        {
            BitConverter.TryWriteBytes(buffer.AsSpan(0, 4), d.Layer);
            BitConverter.TryWriteBytes(buffer.AsSpan(4, 4), d.Position);
            BitConverter.TryWriteBytes(buffer.AsSpan(8, 4), d.Minus ? 1 : 0);
            BitConverter.TryWriteBytes(buffer.AsSpan(12, 4), d.ProgramLevel);
            sha.AppendData(buffer);
        }

        return Convert.ToHexString(sha.GetHashAndReset());
    }
}
