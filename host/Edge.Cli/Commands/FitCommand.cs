// SPDX-License-Identifier: MIT
using System.CommandLine;
using Edge.Analog.ErrorModel;
using Edge.Analog.Formats;
using Edge.Host.Deploy;
using Edge.Host.ErrorModel;

namespace Edge.Cli.Commands;

/// <summary>
/// <c>edge fit --calibration DIR --levels N --out ERRMODEL.json [--direction potentiation|depression]</c>: fits the
/// per-level program-error model (Student's t, or seek band) from a calibration's repeated programming samples (docs/error-model.md).
/// </summary>
internal static class FitCommand
{
    public static Command Create()
    {
        var calibration = new Option<string>("--calibration") { Description = "Calibration output directory (holds programming-samples.csv and summary.json).", Required = true };
        var fromDeploy = new Option<string?>("--from-deploy") { Description = "Fit from a deployment's journal (targets and read-back values) instead of the calibration's samples; --levels is then the calibration's level count the deployment used." };
        var levels = new Option<int>("--levels") { Description = "Level count n to fit (one the calibration segmented, e.g. 32, 128, 512).", Required = true };
        var output = new Option<string>("--out") { Description = "Error-model JSON to write; plots are written next to it.", Required = true };
        var direction = new Option<string>("--direction") { Description = "Programming direction.", DefaultValueFactory = _ => DirectionNames.Potentiation };
        direction.AcceptOnlyFromAmong(DirectionNames.Potentiation, DirectionNames.Depression);
        var minimumSamples = new Option<int>("--min-samples") { Description = "Samples a level's fit needs before it borrows neighbours' samples.", DefaultValueFactory = _ => 8 };
        var maximumBorrow = new Option<int>("--max-borrow") { Description = "How many levels away (each side) a level may borrow samples.", DefaultValueFactory = _ => 4 };
        var seed = new Option<ulong>("--seed") { Description = "Seed of the bootstrap draws and of the sampled scatter in the Fig. 5a-c plots.", DefaultValueFactory = _ => 1 };
        var scalePrior = new Option<double>("--scale-prior-sd") { Description = "Prior sd of a level's ln scale around its neighbourhood's (larger = weaker).", DefaultValueFactory = _ => 0.5 };
        var nuPrior = new Option<double>("--nu-prior-sd") { Description = "Prior sd of a level's ln nu around its neighbourhood's (larger = weaker).", DefaultValueFactory = _ => 1.0 };
        var bootstrap = new Option<int>("--bootstrap") { Description = "Parametric-bootstrap replicates of each level's KS test (0 = none).", DefaultValueFactory = _ => 199 };
        var family = new Option<string>("--family") { Description = "Error distributions a level may take: auto (the Student's t, or the seek band where cells were accepted inside a verify band and it fits clearly better) or t (the paper's t on every level).", DefaultValueFactory = _ => "auto" };
        family.AcceptOnlyFromAmong("auto", "t");
        var force = new Option<bool>("--force") { Description = "Replace an existing --out file instead of refusing." };

        var command = new Command("fit", "Fit the per-level program-error model (Student's t, or seek band) from a calibration.\n"
            + "Examples:\n  edge fit --calibration cal --levels 32 --out err.json\n  edge fit --calibration cal --levels 128 --direction depression --out models/err-128-dep.json\n  edge fit --from-deploy dep.sqlite --calibration cal --levels 512 --out err-from-board.json\n  edge fit --calibration cal --levels 512 --family t --out err-t.json")
        {
            calibration, fromDeploy, levels, output, direction, minimumSamples, maximumBorrow, seed, bootstrap, scalePrior, nuPrior, family, force,
        };
        command.SetAction(parse =>
        {
            var writer = parse.InvocationConfiguration.Output;
            var options = new ErrorModelFitOptions(parse.GetValue(minimumSamples), parse.GetValue(maximumBorrow))
            {
                BootstrapReplicates = parse.GetValue(bootstrap),
                Seed = parse.GetValue(seed),
                LnScalePriorSd = parse.GetValue(scalePrior),
                LnNuPriorSd = parse.GetValue(nuPrior),
                Family = parse.GetValue(family) == "t" ? ErrorFamily.StudentT : ErrorFamily.Auto,
            };
            if (options.MinimumSamples < 2 || options.MaximumBorrowDistance < 0 || options.BootstrapReplicates < 0 || !(options.LnScalePriorSd > 0) || !(options.LnNuPriorSd > 0))
            {
                throw new Edge.Analog.Errors.EdgeException(Edge.Analog.Errors.ExitCode.Usage, "--min-samples must be at least 2, --max-borrow and --bootstrap at least 0, --scale-prior-sd and --nu-prior-sd above 0.");
            }

            if (parse.GetValue(levels) < 2)
            {
                throw new Edge.Analog.Errors.EdgeException(Edge.Analog.Errors.ExitCode.Usage, $"--levels {parse.GetValue(levels)}: expected a level count of at least 2 that the calibration segmented (e.g. 32).");
            }

            var outPath = OutputPath.File("--out", parse.GetValue(output)!, parse.GetValue(force));
            var (model, plots) = parse.GetValue(fromDeploy) is string journal
                ? DeployErrorModelFitRun.Run(journal, parse.GetValue(calibration)!, parse.GetValue(levels), outPath, options, parse.GetValue(seed))
                : ErrorModelFitRun.Run(parse.GetValue(calibration)!, parse.GetValue(levels), parse.GetValue(direction)!, outPath, options, parse.GetValue(seed));
            ErrorModelFitReport.Write(writer, model);
            writer.WriteLine($"wrote {outPath}");
            foreach (var plot in plots)
            {
                writer.WriteLine($"wrote {plot}");
            }

            return 0;
        });
        return command;
    }
}
