// SPDX-License-Identifier: MIT
using Edge.Analog.Formats;
using Edge.Shared.Formats;

namespace Edge.Host.Calibration.Analysis;

/// <summary>
/// Builds the FFP seek table (docs/programming.md, "FFP seek"): per direction, evenly spaced voltages over the swept
/// range, each with its saturation bound b(V) from the refined saturation model mapped into the reference cell's window,
/// and its rate q(V) at the seek width, interpolated log-linearly in V between the rates measured at the sweep voltages
/// (switching speed grows roughly exponentially with the field). Nothing is extrapolated beyond the measured voltages.
/// </summary>
public static class SeekTableBuilder
{
    /// <summary>A rate measured at one voltage: q = -ln(1 - fraction closed per pulse) at the seek width.</summary>
    public sealed record RatePoint(double WriteVolts, double Rate);

    /// <summary>What the builder needs besides the models.</summary>
    public sealed record Inputs(
        double ReferenceLrsOhms,
        double ReferenceHrsOhms,
        double WidthMs,
        int Voltages,
        double Aim,
        double Band,
        int MaxPulses,
        uint DeviceId,
        uint CalibrationId);

    /// <summary>Builds the table from both directions' models (potentiation, depression) and rates.</summary>
    /// <exception cref="ArgumentException">A direction has fewer than two measured rates.</exception>
    public static SeekTable Build(IReadOnlyList<SaturationModel> models, IReadOnlyList<IReadOnlyList<RatePoint>> rates, Inputs inputs)
    {
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(rates);
        ArgumentNullException.ThrowIfNull(inputs);
        return new SeekTable
        {
            DeviceId = inputs.DeviceId,
            CalibrationId = inputs.CalibrationId,
            ReferenceLowMilliohms = Units.ToMilliohms(inputs.ReferenceLrsOhms, "reference LRS"),
            ReferenceHighMilliohms = Units.ToMilliohms(inputs.ReferenceHrsOhms, "reference HRS"),
            AimPermille = (int)Math.Clamp(Math.Round(inputs.Aim * 1000), 1, 1000),
            BandPermille = (int)Math.Clamp(Math.Round(inputs.Band * 1000), 1, 500),
            MaxPulses = Math.Clamp(inputs.MaxPulses, 1, ushort.MaxValue),
            Potentiation = Section(models[0], rates[0], inputs),
            Depression = Section(models[1], rates[1], inputs),
        };
    }

    private static SeekDirectionTable Section(SaturationModel model, IReadOnlyList<RatePoint> rates, Inputs inputs)
    {
        var points = rates.Where(p => p.Rate > 0).OrderBy(p => p.WriteVolts).ToList();
        if (points.Count < 2)
        {
            throw new ArgumentException($"{DirectionNames.Of(model.Direction)}: the seek table needs rates at two or more voltages, got {points.Count}", nameof(rates));
        }

        double low = Math.Max(model.MinVolts, points[0].WriteVolts);
        double high = Math.Min(model.MaxVolts, points[^1].WriteVolts);
        double window = inputs.ReferenceHrsOhms - inputs.ReferenceLrsOhms;
        var millivolts = new List<ushort>();
        var bounds = new List<int>();
        var rateMicro = new List<uint>();
        for (int i = 0; i < inputs.Voltages; i++)
        {
            double volts = low + ((high - low) * i / Math.Max(1, inputs.Voltages - 1));
            ushort mv = Units.ToMillivolts(volts, "seek voltage");
            if (millivolts.Count > 0 && mv <= millivolts[^1])
            {
                continue;
            }

            double bound = (model.BoundAt(volts) - inputs.ReferenceLrsOhms) / window;
            millivolts.Add(mv);
            bounds.Add((int)Math.Clamp(Math.Round(bound * SeekDirectionTable.PartsPerMillion), -FormatLimits.MaxBoundPpm, FormatLimits.MaxBoundPpm));
            rateMicro.Add((uint)Math.Clamp(Math.Round(RateAt(points, volts) * SeekDirectionTable.RateScale), 1, FormatLimits.MaxRateMicro));
        }

        return new SeekDirectionTable
        {
            Direction = model.Direction,
            PulseWidthMicroseconds = (uint)Math.Round(inputs.WidthMs * 1000),
            WriteMillivolts = [.. millivolts],
            BoundPpm = [.. bounds],
            RateMicro = [.. rateMicro],
        };
    }

    /// <summary>q at a voltage, log-linear between the two measured points around it.</summary>
    public static double RateAt(IReadOnlyList<RatePoint> points, double volts)
    {
        ArgumentNullException.ThrowIfNull(points);
        int j = 1;
        while (j < points.Count - 1 && points[j].WriteVolts < volts)
        {
            j++;
        }

        var a = points[j - 1];
        var b = points[j];
        double f = Math.Clamp((volts - a.WriteVolts) / (b.WriteVolts - a.WriteVolts), 0, 1);
        return Math.Exp(((1 - f) * Math.Log(a.Rate)) + (f * Math.Log(b.Rate)));
    }
}
