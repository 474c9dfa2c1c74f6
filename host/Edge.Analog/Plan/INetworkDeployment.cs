// SPDX-License-Identifier: MIT
using Edge.Analog.ErrorModel;
using Edge.Analog.Mapping;

namespace Edge.Analog.Plan;

/// <summary>
/// The network side of a deployment as the deploy workflow sees it: the plan of every device (made with the
/// simulator's own converter and quantiser) and the three accuracies (digital, simulated, read back from the board).
/// Edge.Simulation implements it; the workflow in Edge.Host never needs TorchSharp.
/// </summary>
public interface INetworkDeployment : IDisposable
{
    /// <summary>Canonical model name.</summary>
    string Model { get; }

    /// <summary>The level set the weights are quantised to (2^bits of the calibrated levels).</summary>
    ProgramErrorModel SelectedLevels { get; }

    /// <summary>How each weight is held: one device against a reference, or a differential pair.</summary>
    CellScheme CellScheme { get; }

    /// <summary>Test images evaluated.</summary>
    int TestSamples { get; }

    /// <summary>Every device of the network mapped onto the calibration's level table.</summary>
    DeployPlan Plan(CalibrationLevels calibration);

    /// <summary>Accuracy of the full-precision network.</summary>
    double DigitalAccuracy();

    /// <summary>The simulator's prediction: mean accuracy over <paramref name="trials"/> sampled programmings.</summary>
    double SimulatedAccuracy(int trials, ulong seed);

    /// <summary>Accuracy of the network rebuilt from each device's read-back resistance (null = no reading).</summary>
    double ReadbackAccuracy(DeployPlan plan, IReadOnlyList<double?> readbackOhms, CalibrationLevels calibration);
}
