// SPDX-License-Identifier: MIT
using CsCheck;
using Edge.Analog.Mapping;
using Xunit;

namespace Edge.Analog.Tests.Mapping;

public sealed class ConductanceConverterTests
{
    public static TheoryData<CellScheme, RangeMode> Mappings()
    {
        var data = new TheoryData<CellScheme, RangeMode>();
        foreach (var cells in Enum.GetValues<CellScheme>())
        {
            foreach (var range in Enum.GetValues<RangeMode>())
            {
                data.Add(cells, range);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Mappings))]
    public void Weights_inside_the_window_round_trip_through_device_values(CellScheme cells, RangeMode range)
    {
        Gen.Float[-3f, 3f].Array[1, 200].Sample(weights =>
        {
            var scale = WeightScale.For(weights, range);
            var converter = new ConductanceConverter(cells, scale);
            var plus = new float[weights.Length];
            var minus = new float[weights.Length];
            converter.ToDevice(weights, plus, minus);
            var back = new float[weights.Length];
            converter.ToWeights(plus, minus, back);
            for (var i = 0; i < weights.Length; i++)
            {
                Assert.InRange(plus[i], 0f, 1f);
                Assert.InRange(minus[i], 0f, 1f);
                var expected = Math.Clamp(weights[i], -scale, scale);
                Assert.Equal(expected, back[i], 1e-5 * Math.Max(1.0, scale));
            }
        });
    }

    [Fact]
    public void Offset_scheme_maps_minus_scale_to_hrs_and_plus_scale_to_lrs_against_a_mid_reference()
    {
        var converter = new ConductanceConverter(CellScheme.Offset, 2.0);
        Assert.Equal((0.0, 0.5), converter.ToDevice(-2.0));
        Assert.Equal((1.0, 0.5), converter.ToDevice(2.0));
        Assert.Equal((0.5, 0.5), converter.ToDevice(0.0));
        Assert.Equal(1, converter.DevicesPerWeight);
    }

    [Fact]
    public void Differential_scheme_keeps_the_unused_device_at_hrs()
    {
        var converter = new ConductanceConverter(CellScheme.Differential, 4.0);
        Assert.Equal((0.25, 0.0), converter.ToDevice(1.0));
        Assert.Equal((0.0, 0.5), converter.ToDevice(-2.0));
        Assert.Equal(2, converter.DevicesPerWeight);
    }

    [Fact]
    public void Weights_beyond_the_window_are_clipped_to_its_edge()
    {
        var converter = new ConductanceConverter(CellScheme.Offset, 1.0);
        Assert.Equal(1.0, converter.ToWeight(converter.ToDevice(5.0).Plus, converter.ToDevice(5.0).Minus), 12);
    }

    [Fact]
    public void Paper_range_is_fixed_at_four_and_percentile_clips_the_largest_weights()
    {
        var weights = Enumerable.Range(0, 1000).Select(i => i / 1000f).Append(50f).ToArray();
        Assert.Equal(4.0, WeightScale.For(weights, RangeMode.Paper));
        Assert.Equal(50.0, WeightScale.For(weights, RangeMode.Absmax));
        Assert.InRange(WeightScale.For(weights, RangeMode.Percentile), 0.99, 1.0);
    }

    [Fact]
    public void The_paper_window_has_a_common_mode_five_times_its_signal()
    {
        Assert.Equal(1.189, DeviceWindow.Paper.Ratio, 3);
        Assert.Equal(740.0 / 140.0, DeviceWindow.Paper.CommonModeRatio, 12);
        Assert.Equal(0.5, DeviceWindow.Paper.ToNormalised(810.0), 12);
    }
}
