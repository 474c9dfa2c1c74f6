// SPDX-License-Identifier: MIT
using Edge.Simulation.Training;
using Spectre.Console;

namespace Edge.Cli.Commands.Simulate;

/// <summary>
/// Shows simulation progress on the command's output writer: Spectre.Console progress bars on an interactive
/// terminal, otherwise plain lines at every 10 % (so redirected and captured output stays readable text).
/// </summary>
internal static class CommandProgress
{
    /// <summary>
    /// Runs <paramref name="work"/> with a progress sink bound to <paramref name="output"/>. The work reports progress
    /// after every batch, so a cancellation (Ctrl+C) is raised there: the next safe point of a simulation that keeps
    /// no partial results.
    /// </summary>
    public static T Run<T>(TextWriter output, CancellationToken cancel, Func<IProgress<TrainingProgress>, T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var interactive = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        if (!interactive)
        {
            return work(new Cancellable(new LineProgress(output), cancel));
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        T result = default!;
        console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context => result = work(new Cancellable(new BarProgress(context), cancel)));
        return result;
    }

    private sealed class Cancellable(IProgress<TrainingProgress> inner, CancellationToken cancel) : IProgress<TrainingProgress>
    {
        public void Report(TrainingProgress value)
        {
            cancel.ThrowIfCancellationRequested();
            inner.Report(value);
        }
    }

    private sealed class BarProgress(ProgressContext context) : IProgress<TrainingProgress>
    {
        private readonly Dictionary<string, ProgressTask> tasks = [];

        public void Report(TrainingProgress value)
        {
            if (!tasks.TryGetValue(value.Task, out var task))
            {
                task = context.AddTask(Markup.Escape(value.Task), maxValue: value.Total);
                tasks[value.Task] = task;
            }

            task.MaxValue = value.Total;
            task.Value = value.Done;
        }
    }

    private sealed class LineProgress(TextWriter output) : IProgress<TrainingProgress>
    {
        private readonly Dictionary<string, int> lastDecile = [];

        public void Report(TrainingProgress value)
        {
            var decile = value.Total == 0 ? 10 : value.Done * 10 / value.Total;
            if (lastDecile.TryGetValue(value.Task, out var last) && decile <= last)
            {
                return;
            }

            lastDecile[value.Task] = decile;
            output.WriteLine($"{value.Task}: {decile * 10} % ({value.Done}/{value.Total})");
        }
    }
}
