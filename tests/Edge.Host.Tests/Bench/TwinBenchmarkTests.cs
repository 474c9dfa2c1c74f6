// SPDX-License-Identifier: MIT
using Edge.Analog.ErrorModel;
using Edge.Analog.Errors;
using Edge.Analog.Mapping;
using Edge.Analog.Plan;
using Edge.Host.Bench;
using Edge.Host.Calibration.Run;
using Edge.Host.Virtual;
using Xunit;

namespace Edge.Host.Tests.Bench;

public sealed class TwinBenchmarkTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("edge-twin-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public void Each_bit_count_is_deployed_to_the_virtual_array_and_reported_beside_the_array_and_single_cell_predictions()
    {
        // A small calibration (8 levels, 256 cells with their seek samples) keeps the test to seconds.
        string calibration = DefaultCalibration.GetOrCreate(TextWriter.Null, VirtualBoards.Paper, Path.Combine(root, "cal"), new CalibrationSettings { Levels = [8] });
        var simulator = new LevelSimulator();
        var settings = new TwinSettings
        {
            Cases = TwinSettings.ParseCases("tiny:digits:1,2", new SimulationCase { Model = "", Dataset = "", Bits = [], Trials = 3 }),
            OutputDirectory = Path.Combine(root, "twin"),
            CalibrationDirectory = calibration,
            Levels = 8,
        };

        var report = TwinBenchmark.Run(settings, simulator, VirtualBoards.Paper, TextWriter.Null);

        Assert.Equal([1, 2], report.Rows.Select(r => r.Bits));
        Assert.All(report.Rows, r =>
        {
            Assert.Equal(LevelSimulator.Devices, r.Cells);
            Assert.Equal(0, r.CellsFailed);
            Assert.Equal(LevelSimulator.ArrayPrediction, r.SimulatedMean);
            Assert.Equal(LevelSimulator.SingleCellPrediction, r.SingleCellMean);
            Assert.Equal(3, r.Trials);

            // The fake network's accuracy is the share of devices read back nearest their own level: the seek loop
            // lands within a quarter level spacing, so nearly all are.
            Assert.InRange(r.ReadbackAccuracy, 0.95, 1.0);
        });
        Assert.StartsWith("array-ffp-seek", simulator.SampleSources[0], StringComparison.Ordinal);
        Assert.StartsWith("ladder-single-cell: 1 cells, 8 per level", simulator.SampleSources[1], StringComparison.Ordinal);
        Assert.Equal(3, File.ReadAllLines(Path.Combine(root, "twin", "twin.csv")).Length);
        Assert.True(File.Exists(Path.Combine(root, "twin", "twin.json")));
        Assert.Equal(3, report.Table().Count);
    }

    [Fact]
    public void Cases_parse_as_model_dataset_and_bits_and_a_malformed_case_is_refused_with_the_expected_form()
    {
        var template = new SimulationCase { Model = "", Dataset = "", Bits = [], Trials = 2 };
        var cases = TwinSettings.ParseCases("mlp:mnist:2,3,9; lenet5:mnist:/data/mnist:3-5", template);

        Assert.Equal(("mlp", "mnist"), (cases[0].Model, cases[0].Dataset));
        Assert.Equal([2, 3, 9], cases[0].Bits);
        Assert.Equal(("lenet5", "mnist:/data/mnist"), (cases[1].Model, cases[1].Dataset));
        Assert.Equal([3, 4, 5], cases[1].Bits);
        Assert.Equal(2, cases[1].Trials);
        var ex = Assert.Throws<EdgeException>(() => TwinSettings.ParseCases("mlp:3", template));
        Assert.Equal(ExitCode.Usage, ex.ExitCode);
        Assert.Contains("MODEL:DATASET:BITS", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// A network of <see cref="Devices"/> devices at seeded levels whose "accuracy" is the share of devices read back
    /// nearest their own level; its predictions tell the array and single-cell models apart.
    /// </summary>
    private sealed class LevelSimulator : INetworkSimulator
    {
        public const int Devices = 40;
        public const double ArrayPrediction = 0.9;
        public const double SingleCellPrediction = 0.5;

        public List<string> SampleSources { get; } = [];

        public SimulatedNetwork Simulate(SimulationCase run, ProgramErrorModel errorModel, string errorModelSource, string? weightsPath, string outputDirectory)
        {
            string source = errorModel.SampleSource ?? string.Empty;
            SampleSources.Add(source);
            double mean = source.StartsWith("ladder", StringComparison.Ordinal) ? SingleCellPrediction : ArrayPrediction;
            return new SimulatedNetwork(weightsPath ?? "trained", 1.0, 100, Devices, run.Bits.Select(b => new SimulatedPoint(b, mean, 0.01, run.Trials)).ToList(), 0);
        }

        public INetworkDeployment Prepare(SimulationCase run, string weightsPath, ProgramErrorModel calibrated, int bits) => new Network(BitDepth.Select(calibrated, bits, "test"));

        private sealed class Network(ProgramErrorModel selected) : INetworkDeployment
        {
            public string Model => "tiny";

            public ProgramErrorModel SelectedLevels => selected;

            public CellScheme CellScheme => CellScheme.Offset;

            public int TestSamples => Devices;

            public DeployPlan Plan(CalibrationLevels calibration)
            {
                var random = new Random(3);
                var devices = Enumerable.Range(0, Devices).Select(i =>
                {
                    int level = random.Next(selected.Levels);
                    int k = selected.SourceLevels[level];
                    return new DeployDevice(0, i, false, level, k, calibration.ProgramLevels[k], calibration.ReachedOhms[k]);
                }).ToList();
                return new DeployPlan(devices, ["0:tiny"], calibration.Levels, calibration.ProgramLevelCount);
            }

            public double DigitalAccuracy() => 1.0;

            public double SimulatedAccuracy(int trials, ulong seed) => ArrayPrediction;

            public double ReadbackAccuracy(DeployPlan plan, IReadOnlyList<double?> readbackOhms, CalibrationLevels calibration)
            {
                int nearest = 0;
                for (int i = 0; i < plan.Devices.Count; i++)
                {
                    if (readbackOhms[i] is double ohms)
                    {
                        double y = calibration.Normalise(ohms);
                        int closest = Enumerable.Range(0, selected.Levels).MinBy(j => Math.Abs(selected.Actual[j] - y));
                        nearest += closest == plan.Devices[i].Level ? 1 : 0;
                    }
                }

                return nearest / (double)plan.Devices.Count;
            }

            public void Dispose()
            {
            }
        }
    }
}
