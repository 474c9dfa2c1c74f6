// SPDX-License-Identifier: MIT
using Edge.Analog.Errors;
using Edge.Shared.Formats;

namespace Edge.Host.Formats;

/// <summary>
/// Checks that in-memory tables have consistent array shapes before serialising (the firmware-safe serialisers trust
/// their input; values and ordering are then checked by parsing the image back).
/// </summary>
internal static class TableShape
{
    public static void Check(string path, FfpTable table, string prefix)
    {
        Section(path, table.Potentiation, prefix + "potentiation");
        Section(path, table.Depression, prefix + "depression");
    }

    public static void Check(string path, LevelProgram program, string prefix)
    {
        if (program.TargetsMilliohms is null || program.GroupPulseCounts is null || program.Millivolts is null)
        {
            throw Fail(path, prefix + "targets_mohm", "targets, group pulse counts and voltages must all be set");
        }

        if (program.GroupPulseCounts.Length != Math.Max(0, program.TargetsMilliohms.Length - 1))
        {
            throw Fail(path, prefix + "group_pulse_counts", $"{program.TargetsMilliohms.Length} levels need {program.TargetsMilliohms.Length - 1} group counts, not {program.GroupPulseCounts.Length}");
        }
    }

    public static void Check(string path, TableSet set)
    {
        if (set.Ffp is null)
        {
            throw Fail(path, "ffp", "a table set needs its FFP table");
        }

        Check(path, set.Ffp, "ffp.");
        for (int i = 0; i < set.Programs.Count; i++)
        {
            if (set.Programs[i] is not LevelProgram program)
            {
                throw Fail(path, $"program[{i}]", "every item of Programs must be a LevelProgram");
            }

            Check(path, program, $"program[{i}].");
            for (int j = 0; j < i; j++)
            {
                var earlier = (LevelProgram)set.Programs[j]!;
                if (earlier.Direction == program.Direction && earlier.LevelCount == program.LevelCount)
                {
                    throw Fail(path, $"program[{i}].levels", $"program[{j}] already has direction {program.Direction} with {program.LevelCount} levels; a set holds one program per direction and level count");
                }
            }
        }
    }

    private static void Section(string path, FfpDirectionTable? section, string name)
    {
        if (section?.WriteMillivolts is null || section.EdgesMilliohms is null)
        {
            throw Fail(path, name, "the section and its edges and voltages must be set");
        }

        if (section.EdgesMilliohms.Length != section.WriteMillivolts.Length + 1)
        {
            throw Fail(path, name + ".edges_mohm", $"{section.WriteMillivolts.Length} cells need {section.WriteMillivolts.Length + 1} edges, not {section.EdgesMilliohms.Length}");
        }
    }

    private static EdgeException Fail(string path, string field, string what) =>
        new(ExitCode.BadInput, $"{path}: field '{field}': {what} (nothing was written)");
}
