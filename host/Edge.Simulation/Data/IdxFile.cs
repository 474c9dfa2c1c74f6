// SPDX-License-Identifier: MIT
using System.Buffers.Binary;
using Edge.Analog.Errors;

namespace Edge.Simulation.Data;

/// <summary>
/// The IDX files of the original MNIST distribution (LeCun et al.): a big-endian header (magic 0x00000803 = 2051 for
/// unsigned-byte images with three dimensions, 0x00000801 = 2049 for labels with one), the item count, then rows and
/// columns for images, then one byte per pixel or label.
/// </summary>
public static class IdxFile
{
    /// <summary>Magic number of an unsigned-byte, three-dimensional (images) IDX file.</summary>
    public const int ImagesMagic = 2051;

    /// <summary>Magic number of an unsigned-byte, one-dimensional (labels) IDX file.</summary>
    public const int LabelsMagic = 2049;

    /// <summary>Parses an images file; returns the pixel bytes (image-major) and the image size.</summary>
    public static (byte[] Pixels, int Count, int Rows, int Columns) ReadImages(byte[] content, string where)
    {
        ArgumentNullException.ThrowIfNull(content);
        Expect(content, 16, ImagesMagic, where);
        var count = ReadCount(content, 4, "image count", where);
        var rows = ReadCount(content, 8, "rows", where);
        var columns = ReadCount(content, 12, "columns", where);
        var expected = 16L + ((long)count * rows * columns);
        if (content.Length != expected)
        {
            throw new EdgeException(
                ExitCode.BadInput,
                $"{where}: {content.Length} bytes, but its header promises {count} images of {rows}x{columns} ({expected} bytes); the file is truncated or not an IDX images file.");
        }

        return (content.AsSpan(16).ToArray(), count, rows, columns);
    }

    /// <summary>Parses a labels file; every label must be below <paramref name="classCount"/>.</summary>
    public static byte[] ReadLabels(byte[] content, int classCount, string where)
    {
        ArgumentNullException.ThrowIfNull(content);
        Expect(content, 8, LabelsMagic, where);
        var count = ReadCount(content, 4, "label count", where);
        if (content.Length != 8L + count)
        {
            throw new EdgeException(
                ExitCode.BadInput,
                $"{where}: {content.Length} bytes, but its header promises {count} labels ({8L + count} bytes); the file is truncated.");
        }

        var labels = content.AsSpan(8).ToArray();
        var bad = Array.FindIndex(labels, l => l >= classCount);
        if (bad >= 0)
        {
            throw new EdgeException(ExitCode.BadInput, $"{where}: label {labels[bad]} at item {bad} is outside 0..{classCount - 1}.");
        }

        return labels;
    }

    private static void Expect(byte[] content, int headerBytes, int magic, string where)
    {
        if (content.Length < headerBytes)
        {
            throw new EdgeException(ExitCode.BadInput, $"{where}: {content.Length} bytes is shorter than the {headerBytes}-byte IDX header.");
        }

        var found = BinaryPrimitives.ReadInt32BigEndian(content);
        if (found != magic)
        {
            throw new EdgeException(
                ExitCode.BadInput,
                $"{where}: magic number {found}, expected {magic} ({(magic == ImagesMagic ? "images" : "labels")}, big-endian IDX); is it gzip-compressed? Unpack .gz files first.");
        }
    }

    private static int ReadCount(byte[] content, int offset, string field, string where)
    {
        var value = BinaryPrimitives.ReadInt32BigEndian(content.AsSpan(offset));
        return value > 0
            ? value
            : throw new EdgeException(ExitCode.BadInput, $"{where}: header field '{field}' is {value}; it must be positive.");
    }
}
