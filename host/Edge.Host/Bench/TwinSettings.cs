// SPDX-License-Identifier: MIT
using Edge.Analog.Errors;
using Edge.Analog.Mapping;
using Edge.Analog.Plan;
using Edge.Host.Programming;

namespace Edge.Host.Bench;

/// <summary>What <see cref="TwinBenchmark"/> compares, and where.</summary>
public sealed record TwinSettings
{
    /// <summary>The cases: LeNet-5 on Fashion-MNIST at 3, 5 and 9 bits, the MLP on full MNIST at 2, 3 and 9 bits.</summary>
    public const string DefaultCases = "mlp:mnist:2,3,9 lenet5:fashion-mnist:3,5,9";

    /// <summary>Networks, data sets and bit counts (with their trials, seed and data subsets).</summary>
    public required IReadOnlyList<SimulationCase> Cases { get; init; }

    /// <summary>Output folder: twin.json, twin.csv and one folder per case.</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>Calibration folder; null = the default virtual device's cached calibration.</summary>
    public string? CalibrationDirectory { get; init; }

    /// <summary>Calibrated level count of the error model (the bit counts choose 2^b of them).</summary>
    public int Levels { get; init; } = 512;

    /// <summary>Also simulate with the model fitted from the calibrated cell's own ladder (no cell spread).</summary>
    public bool SingleCell { get; init; } = true;

    /// <summary>Trained weights to use instead of training (one case only); null = train.</summary>
    public string? WeightsPath { get; init; }

    /// <summary>Deploy scheme, one of <see cref="ProgrammingSchemes.Names"/>.</summary>
    public string Scheme { get; init; } = ProgrammingSchemes.Default;

    /// <summary>
    /// Parses cases written as <c>MODEL:DATASET:BITS</c> separated by spaces or semicolons (BITS as for --bits: 3, 2,3,9
    /// or 1-4); <paramref name="template"/> gives every case its trials, seed, epochs and subsets.
    /// </summary>
    public static IReadOnlyList<SimulationCase> ParseCases(string text, SimulationCase template)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(template);
        var cases = new List<SimulationCase>();
        foreach (string item in text.Split([' ', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            int first = item.IndexOf(':', StringComparison.Ordinal);
            int last = item.LastIndexOf(':');
            if (first <= 0 || last <= first + 1 || last == item.Length - 1)
            {
                throw new EdgeException(ExitCode.Usage, $"'{item}': expected MODEL:DATASET:BITS, e.g. mlp:mnist:2,3,9 or lenet5:fashion-mnist:3-5.");
            }

            cases.Add(template with { Model = item[..first], Dataset = item[(first + 1)..last], Bits = BitDepth.ParseList(item[(last + 1)..]) });
        }

        return cases.Count > 0 ? cases : throw new EdgeException(ExitCode.Usage, "no case given: expected MODEL:DATASET:BITS, e.g. mlp:mnist:2,3,9.");
    }
}
