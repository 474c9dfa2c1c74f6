// SPDX-License-Identifier: MIT
using System.Globalization;
using Edge.Shared.Formats;
using Edge.Shared.Protocol;

namespace Edge.Host.Formats;

/// <summary>Turns a parser status and field name into "what is wrong and what would be right" for a user.</summary>
internal static class TableErrors
{
    public static string Explain(StatusCode status, string field, byte[] image, string kind, uint expectedMagic) => status switch
    {
        StatusCode.TableBadMagic => $"not a {kind} file: it starts with {Describe(image)}, a {kind} starts with \"{Ascii(expectedMagic)}\"",
        StatusCode.TableBadHeaderCrc => "header CRC-32 mismatch: the first 24 bytes are corrupted; re-export or re-copy the file",
        StatusCode.TableBadSchema => string.Create(CultureInfo.InvariantCulture, $"schema {LittleEndian.ReadUInt16(image, 4)} is not supported; this build reads schema {TableHeader.SchemaVersion}"),
        StatusCode.TableBadCrc => "payload CRC-32 mismatch: the file is corrupted or was edited; re-export or re-copy it",
        StatusCode.TableBadLength => Length(field, image),
        StatusCode.TableValueOutOfRange => OutOfRange(field),
        StatusCode.TableNotMonotone => field.Contains("edges", StringComparison.Ordinal)
            ? "grid edges must be strictly increasing (each edge above the one before)"
            : "level targets must strictly fall level by level for potentiation and strictly rise for depression",
        StatusCode.TableBadDirection => field.Contains('.', StringComparison.Ordinal)
            ? "the FFP table holds the potentiation section (direction 1) first and the depression section (direction 2) second"
            : "direction must be 1 (potentiation) or 2 (depression)",
        _ => "rejected with status " + status,
    };

    private static string Length(string field, byte[] image)
    {
        if (field == "header")
        {
            return $"the file is {image.Length} bytes, shorter than the {TableHeader.Length}-byte header";
        }

        if (field.EndsWith(".levels", StringComparison.Ordinal) && field.StartsWith("program[", StringComparison.Ordinal))
        {
            // The set parser reports a duplicate (direction, levels) and a bad level count under the same field.
            return $"either another program in the set has the same direction and level count (a set holds one program per direction and level count) or the level count is outside 2..{FormatLimits.MaxLevels}";
        }

        if (field == "programs")
        {
            return $"a set holds at most {FormatLimits.MaxPrograms} level programs";
        }

        if (field.EndsWith("cells", StringComparison.Ordinal))
        {
            return $"a direction table has 1..{FormatLimits.MaxGridCells} grid cells, with cells + 1 edges and cells voltages after it";
        }

        if (field.EndsWith("levels", StringComparison.Ordinal))
        {
            return $"a level program has 2..{FormatLimits.MaxLevels} levels, with that many targets and levels - 1 group counts after it";
        }

        if (field.EndsWith("group_pulse_counts", StringComparison.Ordinal))
        {
            return $"the group pulse counts must add up to the number of voltages that follow (at most {FormatLimits.MaxProgramPulses})";
        }

        return $"a length does not match the content (file is {image.Length} bytes): the file is truncated or was cut from a longer one";
    }

    private static string OutOfRange(string field)
    {
        if (field.Contains("_mv", StringComparison.Ordinal))
        {
            return $"write voltage must be {FormatLimits.MinWriteMillivolts}..{FormatLimits.MaxWriteMillivolts} mV (magnitude; the controller's hard limit)";
        }

        if (field.Contains("width_us", StringComparison.Ordinal))
        {
            return $"pulse width must be {FormatLimits.MinWidthMicroseconds}..{FormatLimits.MaxWidthMicroseconds} us";
        }

        return $"resistance must be {FormatLimits.MinMilliohms}..{FormatLimits.MaxMilliohms} mOhm (1 Ohm to 1 MOhm)";
    }

    private static string Describe(byte[] image) =>
        image.Length < 4 ? "fewer than 4 bytes" : "\"" + Ascii(LittleEndian.ReadUInt32(image, 0)) + "\"";

    private static string Ascii(uint magic)
    {
        Span<char> chars = stackalloc char[4];
        for (int i = 0; i < 4; i++)
        {
            byte b = (byte)(magic >> (8 * i));
            chars[i] = b is >= 0x20 and < 0x7F ? (char)b : '?';
        }

        return new string(chars);
    }
}
