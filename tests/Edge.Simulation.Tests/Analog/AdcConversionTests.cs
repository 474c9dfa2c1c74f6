// SPDX-License-Identifier: MIT
using Edge.Simulation.Analog;
using MathNet.Numerics.Distributions;

namespace Edge.Simulation.Tests.Analog;

public sealed class AdcConversionTests
{
    [Fact]
    public void Every_register_width_gives_the_same_codes_for_a_seed()
    {
        // 3 rows of 70 values: two full 32-value blocks and a 6-value tail per row, with noise, rounding, clipping,
        // earlier tiles' codes, per-row rescaling and bias offsets all in play.
        const int perRow = 70;
        var random = new Random(5);
        var signal = Enumerable.Range(0, 3 * perRow).Select(_ => (float)((random.NextDouble() * 80) - 40)).ToArray();
        var earlier = Enumerable.Range(0, 3 * perRow).Select(_ => (float)random.Next(-20, 20)).ToArray();
        float[] rowScales = [0.5f, 2f, 3f];
        var offsets = Enumerable.Range(0, perRow).Select(i => 0.01f * i).ToArray();

        float[] At(LaneWidth width)
        {
            var values = (float[])signal.Clone();
            AdcConversion.Convert(width, values, perRow, 0.9f, 2.5f, round: true, 31f, rowScales, 0.25f, seed: 77, earlier, offsets);
            return values;
        }

        var widest = At(LaneWidth.Bits512);
        Assert.Equal(widest, At(LaneWidth.Bits256));
        Assert.Equal(widest, At(LaneWidth.Bits128));
        Assert.Contains(widest, v => v != MathF.Round(v)); // rescaled codes, not bare integers
        Assert.Equal(widest, At(LaneWidth.Bits512)); // and the seed alone fixes the result
    }

    [Theory]
    [InlineData(128)]
    [InlineData(256)]
    [InlineData(512)]
    public void Read_noise_is_standard_normal_and_uncorrelated_at_every_width(int bits)
    {
        var width = (LaneWidth)bits;
        // Zero signal, k = 1, sigma = 1, no rounding or clipping: the pass writes the normals themselves.
        const int perRow = 1000;
        const int count = 200 * perRow;
        var z = new float[count];
        AdcConversion.Convert(width, z, perRow, 1f, 1f, round: false, float.PositiveInfinity, [], 1f, seed: 2024, [], []);

        // 200 000 draws: standard errors 0.0022 (mean), 0.0032 (variance), 0.10 / 0.047 / 0.012 % (tail fractions).
        var mean = z.Average(v => (double)v);
        var variance = z.Sum(v => (v - mean) * (v - mean)) / (count - 1);
        Assert.InRange(mean, -0.01, 0.01);
        Assert.InRange(variance, 0.985, 1.015);
        double Beyond(double k) => z.Count(v => Math.Abs(v) > k) / (double)count;
        Assert.InRange(Beyond(1.0), 0.3173 - 0.004, 0.3173 + 0.004);
        Assert.InRange(Beyond(2.0), 0.0455 - 0.002, 0.0455 + 0.002);
        Assert.InRange(Beyond(3.0), 0.0027 - 0.0005, 0.0027 + 0.0005);

        // Kolmogorov-Smirnov distance to N(0, 1): the 0.1 % critical value at n = 200 000 is 1.95 / sqrt(n) = 0.0044.
        var sorted = z.Select(v => (double)v).Order().ToArray();
        var distance = sorted.Select((v, i) => Math.Max((i + 1.0) / count - Normal.CDF(0, 1, v), Normal.CDF(0, 1, v) - ((double)i / count))).Max();
        Assert.True(distance < 0.0044, $"KS distance {distance:F5}");

        // Lags 1 (neighbouring generators), 16 (one generator's cosine and sine) and 32 (its next step): the 1/sqrt(n)
        // standard error of a sample correlation is 0.0022.
        foreach (var lag in new[] { 1, 16, 32 })
        {
            var sum = 0.0;
            for (var i = 0; i + lag < count; i++)
            {
                sum += z[i] * z[i + lag];
            }

            Assert.InRange(sum / (count - lag), -0.01, 0.01);
        }
    }
}
