// SPDX-License-Identifier: MIT
namespace Edge.Simulation.Training;

/// <summary>A progress report from a long simulation step (the CLI renders these as progress bars).</summary>
/// <param name="Task">What is running ("train digital", "sweep 4 bits", ...).</param>
/// <param name="Done">Units finished.</param>
/// <param name="Total">Units in total.</param>
public readonly record struct TrainingProgress(string Task, int Done, int Total);
