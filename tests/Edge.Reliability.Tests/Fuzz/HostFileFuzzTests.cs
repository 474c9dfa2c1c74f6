// SPDX-License-Identifier: MIT
using System.Text;
using CsCheck;
using Edge.Analog.ErrorModel;
using Edge.Analog.Errors;
using Edge.Hardware.Device;
using Edge.Host.ErrorModel;
using Edge.Host.Formats;
using Edge.Host.Records;
using Edge.Reliability.Tests.Infrastructure;
using Edge.Shared.Formats;
using Xunit.Abstractions;
using Xunit;

namespace Edge.Reliability.Tests.Fuzz;

/// <summary>
/// Campaign 4b (docs/reliability.md, "Fuzzing"): every host file parser gets random bytes and mutations of a valid file
/// (bit flips, byte changes, insertions, deletions, truncations, splices). Each must return or throw the documented
/// exception (EdgeException for host files, InvalidDataException for device files), never another one and never hang.
/// </summary>
public sealed class HostFileFuzzTests(ITestOutputHelper output) : IDisposable
{
    private static readonly int Iterations = CampaignScale.Pick(400, 20_000);

    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(10);

    private readonly string directory = Directory.CreateTempSubdirectory("edge-fuzz-").FullName;

    public static TheoryData<string> Parsers => new() { "ffp-table", "level-program", "table-set", "error-model", "device", "programming-samples", "calibration-summary", "run-database" };

    [Theory]
    [MemberData(nameof(Parsers))]
    public void Random_and_mutated_files_give_a_result_or_the_documented_exception(string parser)
    {
        var (seed, parse, documented) = Target(parser);
        string seedPath = Path.Combine(directory, $"{parser}-seed.bin");
        File.WriteAllBytes(seedPath, seed);
        Assert.Null(Run(() => parse(seedPath))); // the unmutated file is valid, so rejections are the mutations' doing
        int accepted = 0;
        int rejected = 0;
        int index = 0;
        Mutations.Of(seed).Sample(
            bytes =>
            {
                string path = Path.Combine(directory, $"{parser}-{index++ % 4}.bin");
                File.WriteAllBytes(path, bytes);
                var outcome = Run(() => parse(path));
                if (outcome is null)
                {
                    accepted++;
                    return true;
                }

                rejected++;
                return documented.IsInstanceOfType(outcome);
            },
            iter: Iterations,
            threads: 1,
            seed: "0N0XIzNsQ0O2");
        output.WriteLine($"[{CampaignScale.Form}] {parser}: {Iterations} inputs ({seed.Length} B seed file), accepted {accepted}, rejected with {documented.Name} {rejected}, other exceptions 0, hangs 0");
        Assert.True(rejected > 0);
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static Exception? Run(Action parse)
    {
        var task = Task.Run(() =>
        {
            try
            {
                parse();
                return null;
            }
            catch (Exception ex)
            {
                return ex;
            }
        });
        Assert.True(task.Wait(HangLimit), "the parser hung");
        return task.Result;
    }

    private (byte[] Seed, Action<string> Parse, Type Documented) Target(string parser)
    {
        var set = ReferenceTables.Set;
        switch (parser)
        {
            case "ffp-table":
                return (FfpTableCodec.Serialize(set.Ffp, 3), p => TableFiles.ReadFfpTable(p), typeof(EdgeException));
            case "level-program":
                return (LevelProgramCodec.Serialize(set.FindProgram(Direction.Potentiation, ReferenceTables.LevelCount(Direction.Potentiation)), 3), p => TableFiles.ReadLevelProgram(p), typeof(EdgeException));
            case "table-set":
                return (ReferenceTables.Image(3), p => TableFiles.ReadTableSet(p), typeof(EdgeException));
            case "error-model":
            {
                string path = Path.Combine(directory, "model.json");
                SyntheticErrorModels.Realistic(levels: 16).Save(path);
                return (File.ReadAllBytes(path), p => ProgramErrorModel.Load(p), typeof(EdgeException));
            }

            case "device":
                return (Encoding.UTF8.GetBytes(DeviceParameters.Paper.ToJson()), p => DeviceParameters.Parse(File.ReadAllText(p), p), typeof(InvalidDataException));
            case "programming-samples":
                return (Encoding.UTF8.GetBytes(ProgrammingSamplesCsv.Header + "\npotentiation,32,3,812.5,812.2,812.9\ndepression,32,0,760,760.5,759.1\n"), p => ProgrammingSamplesCsv.Load(p), typeof(EdgeException));
            case "calibration-summary":
                return (Encoding.UTF8.GetBytes("{\"calibration_id\": \"cal-2024-06-11\", \"device\": {\"hrs_ohm\": 880, \"lrs_ohm\": 740}}"), SummaryParser, typeof(EdgeException));
            case "run-database":
            {
                string path = Path.Combine(directory, "seed.db");
                using (var db = RunDatabase.Open(path))
                {
                }

                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                return (File.ReadAllBytes(path), p => RunDatabase.Open(p).Dispose(), typeof(EdgeException));
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(parser), parser, null);
        }
    }

    private static void SummaryParser(string path)
    {
        // The summary reader takes a calibration directory holding summary.json.
        string folder = path + ".d";
        Directory.CreateDirectory(folder);
        File.Copy(path, Path.Combine(folder, CalibrationFolder.SummaryFileName), overwrite: true);
        CalibrationFolder.ReadCalibrationId(folder);
    }
}
