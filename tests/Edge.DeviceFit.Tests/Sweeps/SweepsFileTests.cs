// SPDX-License-Identifier: MIT
using System.Globalization;
using Edge.Analog.Errors;
using Edge.DeviceFit.Sweeps;
using Edge.Host.Calibration.Analysis;
using Edge.Shared.Formats;
using Xunit;

namespace Edge.DeviceFit.Tests.Sweeps;

/// <summary>The sweeps CSV reader: calibrate's own file reads back, and every documented mistake names file, line and column.</summary>
public sealed class SweepsFileTests
{
    private const string Source = "bench/sweeps.csv";

    [Fact]
    public void Reads_back_what_calibrate_writes()
    {
        var traces = new List<SweepTrace>
        {
            new(Direction.Potentiation, 0.5, 1, 880.25, Curve(880, -0.1, 12)),
            new(Direction.Potentiation, 2.0, 1, 879.5, Curve(879, -1.5, 12)),
            new(Direction.Depression, 0.5, 2, 740.125, Curve(740, 0.1, 12)),
            new(Direction.Depression, 2.0, 1, 741, Curve(741, 1.5, 12)),
        };
        string path = Path.Combine(Path.GetTempPath(), $"edge-sweeps-{Guid.NewGuid():N}.csv");
        try
        {
            SweepCsv.Write(path, traces, 800);
            var sweeps = SweepsFile.Load(path);
            Assert.Equal(traces.Count, sweeps.Count);
            for (int i = 0; i < traces.Count; i++)
            {
                Assert.Equal(traces[i].Direction, sweeps[i].Direction);
                Assert.Equal(traces[i].WriteVolts, sweeps[i].Volts);
                Assert.Equal(800, sweeps[i].WidthMs);
                Assert.Equal(traces[i].Repetition, sweeps[i].Repetition);
                Assert.Equal(new[] { traces[i].InitialOhms }.Concat(traces[i].ResistancesOhms), sweeps[i].ResistancesOhms);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_column_is_named_with_the_header_that_would_be_right()
    {
        var lines = Valid().Select(l => string.Join(',', l.Split(',').Where((_, i) => i != 2))).ToList();
        var error = Fails(lines);
        Assert.Contains($"{Source}, line 1: column 'width_ms' is missing", error.Message);
        Assert.Contains(SweepCsv.Header, error.Message);
    }

    [Fact]
    public void A_non_numeric_value_names_its_line_and_column()
    {
        var lines = Valid();
        lines[5] = lines[5].Replace("potentiation,0.5,", "potentiation,0.5 V,", StringComparison.Ordinal);
        var error = Fails(lines);
        Assert.Contains($"{Source}, line 6, column 2 ('volts'): '0.5 V' is not a number", error.Message);
    }

    [Fact]
    public void Unsorted_pulses_name_the_pulse_that_should_come_next()
    {
        var lines = Valid();
        (lines[3], lines[4]) = (lines[4], lines[3]);
        var error = Fails(lines);
        Assert.Contains($"{Source}, line 4, column 5 ('pulse'): pulse 3 of sweep (potentiation, 0.5 V, 2000 ms, repetition 1)", error.Message);
        Assert.Contains("should be pulse 2", error.Message);
    }

    [Fact]
    public void A_single_voltage_per_direction_is_refused()
    {
        var lines = Valid().Where(l => !l.StartsWith("potentiation,2,", StringComparison.Ordinal)).ToList();
        var error = Fails(lines);
        Assert.Contains($"{Source}, line 2, column 'volts': every potentiation sweep is at 0.5 V", error.Message);
        Assert.Contains("2 or more voltages", error.Message);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(2e6)]
    public void A_resistance_outside_one_ohm_to_one_megaohm_names_line_and_column(double ohms)
    {
        var lines = Valid();
        var fields = lines[7].Split(',');
        fields[5] = ohms.ToString(CultureInfo.InvariantCulture);
        lines[7] = string.Join(',', fields);
        var error = Fails(lines);
        Assert.Contains($"{Source}, line 8, column 6 ('resistance_ohm'): {ohms.ToString(CultureInfo.InvariantCulture)} ohm is outside 1 ohm .. 1 Mohm", error.Message);
    }

    [Fact]
    public void A_sweep_with_fewer_than_ten_pulses_is_named_by_its_first_line()
    {
        var lines = Valid().Where(l => !(l.StartsWith("depression,0.5,", StringComparison.Ordinal) && int.Parse(l.Split(',')[4], CultureInfo.InvariantCulture) > 9)).ToList();
        var error = Fails(lines);
        Assert.Contains("column 'pulse': sweep (depression, 0.5 V, 2000 ms, repetition 1) has 9 pulse(s) after the initial read; the fit needs at least 10", error.Message);
        Assert.Contains($"{Source}, line {lines.FindIndex(l => l.StartsWith("depression,0.5,", StringComparison.Ordinal)) + 1}", error.Message);
    }

    [Fact]
    public void Swapped_direction_labels_are_named()
    {
        var lines = Valid().Select(l => l.StartsWith("potentiation", StringComparison.Ordinal)
            ? "depression" + l["potentiation".Length..]
            : l.StartsWith("depression", StringComparison.Ordinal) ? "potentiation" + l["depression".Length..] : l).ToList();
        var error = Fails(lines);
        Assert.Contains("column 'direction': the potentiation sweeps rise by", error.Message);
        Assert.Contains("are potentiation and depression swapped?", error.Message);
    }

    [Fact]
    public void A_missing_file_is_bad_input()
    {
        var error = Assert.Throws<EdgeException>(() => SweepsFile.Load("/nonexistent/sweeps.csv"));
        Assert.Equal(ExitCode.BadInput, error.ExitCode);
        Assert.Contains("/nonexistent/sweeps.csv: file not found", error.Message);
    }

    private static EdgeException Fails(List<string> lines)
    {
        var error = Assert.Throws<EdgeException>(() => SweepsFile.Parse(lines, Source));
        Assert.Equal(ExitCode.BadInput, error.ExitCode);
        return error;
    }

    /// <summary>Two voltages per direction, 12 pulses each, in calibrate's column order.</summary>
    private static List<string> Valid()
    {
        var lines = new List<string> { SweepCsv.Header };
        foreach (var (direction, sign) in new[] { ("potentiation", -1.0), ("depression", 1.0) })
        {
            foreach (double volts in new[] { 0.5, 2.0 })
            {
                for (int pulse = 0; pulse <= 12; pulse++)
                {
                    double ohms = 800 + (sign * volts * pulse);
                    lines.Add(string.Create(CultureInfo.InvariantCulture, $"{direction},{volts},2000,1,{pulse},{ohms}"));
                }
            }
        }

        return lines;
    }

    private static double[] Curve(double start, double step, int pulses) => Enumerable.Range(1, pulses).Select(p => start + (step * p)).ToArray();
}
