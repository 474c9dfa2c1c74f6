// SPDX-License-Identifier: MIT
using Edge.Analog.ErrorModel;
using Edge.Analog.Errors;

namespace Edge.Analog.Mapping;

/// <summary>Bit counts b (2^b programmable levels) and the error-model level counts they need.</summary>
public static class BitDepth
{
    /// <summary>The largest b with 2^b &lt;= <paramref name="levels"/> (9 for a 512-level calibration).</summary>
    public static int MaximumBits(int levels)
    {
        var bits = 0;
        while ((2L << bits) <= levels)
        {
            bits++;
        }

        return bits;
    }

    /// <summary>
    /// The 2^b-level sub-model of <paramref name="calibrated"/> (<see cref="ProgramErrorModel.SelectLevels"/>), or an
    /// <see cref="EdgeException"/> when b is outside 1..log2(levels) of that model.
    /// </summary>
    /// <param name="calibrated">The calibrated (or default) error model.</param>
    /// <param name="bits">Requested bits.</param>
    /// <param name="origin">What to name in the message (the --error-model file or "the default error model").</param>
    public static ProgramErrorModel Select(ProgramErrorModel calibrated, int bits, string origin)
    {
        ArgumentNullException.ThrowIfNull(calibrated);
        Check(bits, calibrated.Levels, origin);
        return (1 << bits) == calibrated.Levels ? calibrated : calibrated.SelectLevels(1 << bits);
    }

    /// <summary>Throws <see cref="EdgeException"/> unless 1 &lt;= <paramref name="bits"/> &lt;= log2(<paramref name="levels"/>).</summary>
    public static void Check(int bits, int levels, string origin)
    {
        var maximum = MaximumBits(levels);
        if (bits < 1 || bits > maximum)
        {
            throw new EdgeException(
                ExitCode.BadInput,
                $"--bits {bits}: {origin} has {levels} levels, so bits must be 1..{maximum} (2^bits levels are chosen from it); "
                + "use an error model fitted for more levels or fewer bits.");
        }
    }

    /// <summary>Parses a bit-depth list: one count, a comma list, or a range like 1-9.</summary>
    public static IReadOnlyList<int> ParseList(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new SortedSet<int>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var dash = part.IndexOf('-', 1);
            if (dash > 0 && int.TryParse(part[..dash], out var from) && int.TryParse(part[(dash + 1)..], out var to) && from <= to)
            {
                for (var b = from; b <= to; b++)
                {
                    result.Add(b);
                }
            }
            else if (int.TryParse(part, out var single))
            {
                result.Add(single);
            }
            else
            {
                throw new EdgeException(ExitCode.Usage, $"'{text}': expected a count (4), a list (4,9) or a range (1-9).");
            }
        }

        if (result.Count == 0)
        {
            throw new EdgeException(ExitCode.Usage, $"'{text}': no bit count given.");
        }

        return result.ToArray();
    }
}
