// SPDX-License-Identifier: MIT
using System.Globalization;
using Edge.Analog.Errors;
using Edge.Hardware.Device;

namespace Edge.DeviceFit.Curves;

/// <summary>
/// What a device file does to one cell: identical pulses at several widths from the initialised state, with the
/// resistance and the heat sink's temperature rise after every pulse. The quick look at a device file before a
/// calibration, and the figures of docs/device-model.md.
/// </summary>
public static class DeviceCurves
{
    /// <summary>One width's run: R and the heat-sink rise after each pulse (index 0 = after initialisation).</summary>
    public sealed record Run(double WidthMs, IReadOnlyList<double> ResistancesOhms, IReadOnlyList<double> RiseKelvin);

    /// <summary>The experiment: a +-6 V initialisation of <paramref name="initPulses"/> 2 s pulses, then the pulses.</summary>
    /// <param name="Volts">Write voltage, V: + potentiation from HRS, - depression from LRS.</param>
    /// <param name="WidthsMs">Pulse widths to compare, ms.</param>
    /// <param name="Pulses">Pulses per width.</param>
    /// <param name="PauseMs">Time between pulses (the read), ms.</param>
    /// <param name="Cell">Cell index in the device's array (its spread and noise).</param>
    /// <param name="InitPulses">Initialisation pulses.</param>
    public sealed record Settings(double Volts, IReadOnlyList<double> WidthsMs, int Pulses, double PauseMs, int Cell, int InitPulses = 20);

    /// <summary>Runs the experiment on a fresh copy of the cell per width.</summary>
    /// <exception cref="EdgeException"><see cref="ExitCode.Usage"/> for a setting out of range, naming it.</exception>
    public static IReadOnlyList<Run> Measure(DeviceParameters device, Settings settings)
    {
        ArgumentNullException.ThrowIfNull(device);
        ArgumentNullException.ThrowIfNull(settings);
        Check(settings);
        var runs = new List<Run>();
        foreach (double widthMs in settings.WidthsMs)
        {
            var cell = new MemristorCell(device, settings.Cell);
            double initVolts = settings.Volts > 0 ? -6.0 : 6.0;
            double nowMs = 0;
            for (int i = 0; i < settings.InitPulses; i++)
            {
                cell.ApplyPulse(initVolts, 2000, nowMs);
                nowMs += 2000 + settings.PauseMs;
            }

            var ohms = new List<double> { cell.ResistanceOhms };
            var rise = new List<double> { cell.HeatSinkRiseKelvin };
            for (int i = 0; i < settings.Pulses; i++)
            {
                cell.ApplyPulse(settings.Volts, widthMs, nowMs);
                nowMs += widthMs + settings.PauseMs;
                ohms.Add(cell.ResistanceOhms);
                rise.Add(cell.HeatSinkRiseKelvin);
            }

            runs.Add(new Run(widthMs, ohms, rise));
        }

        return runs;
    }

    /// <summary>Writes the runs as CSV: width_ms, pulse, resistance_ohm, heat_sink_rise_kelvin.</summary>
    public static void WriteCsv(string path, IReadOnlyList<Run> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        File.WriteAllLines(path, new[] { "width_ms,pulse,resistance_ohm,heat_sink_rise_kelvin" }.Concat(runs.SelectMany(run =>
            run.ResistancesOhms.Select((r, pulse) => string.Create(
                CultureInfo.InvariantCulture, $"{run.WidthMs:R},{pulse},{r:R},{run.RiseKelvin[pulse]:R}")))));
    }

    /// <summary>Checks every setting before any work.</summary>
    /// <exception cref="EdgeException"><see cref="ExitCode.Usage"/> naming the option out of range.</exception>
    public static void Check(Settings s)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (!(Math.Abs(s.Volts) <= DeviceParameters.MaxWriteVolts) || s.Volts == 0)
        {
            throw new EdgeException(ExitCode.Usage, string.Create(CultureInfo.InvariantCulture, $"--volts {s.Volts}: must be non-zero and within +-{DeviceParameters.MaxWriteVolts} V."));
        }

        if (s.WidthsMs.Count == 0 || s.WidthsMs.Any(w => !(w > 0) || w > 60_000))
        {
            throw new EdgeException(ExitCode.Usage, "--widths-ms: give one or more widths from above 0 to 60000 ms, e.g. 100,800,2000.");
        }

        if (s.Pulses < 1 || s.Pulses > 100_000 || !(s.PauseMs >= 0) || s.Cell < 0 || s.Cell > 65_535)
        {
            throw new EdgeException(ExitCode.Usage, "--pulses must be 1..100000, --pause-ms 0 or more, --cell 0..65535.");
        }
    }
}
