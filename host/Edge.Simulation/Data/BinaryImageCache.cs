// SPDX-License-Identifier: MIT
using System.Buffers.Binary;
using System.Text;

namespace Edge.Simulation.Data;

/// <summary>
/// The parsed form of a dataset on disk: loading 70,000 images from JSON takes seconds, from this file a fraction.
/// Layout (little endian): "EDGEIMG1", int32 count, channels, height, width, classes, then count label bytes,
/// then count x C x H x W pixel bytes.
/// </summary>
public static class BinaryImageCache
{
    private static readonly byte[] Magic = Encoding.ASCII.GetBytes("EDGEIMG1");

    /// <summary>Writes <paramref name="images"/> atomically (temp file, then rename).</summary>
    public static void Write(string path, ByteImageSet images)
    {
        ArgumentNullException.ThrowIfNull(images);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temp = path + $".{Environment.ProcessId}.tmp";
        using (var stream = File.Create(temp))
        {
            var header = new byte[Magic.Length + (5 * 4)];
            Magic.CopyTo(header, 0);
            var fields = new[] { images.Count, images.Shape.Channels, images.Shape.Height, images.Shape.Width, images.ClassCount };
            for (var i = 0; i < fields.Length; i++)
            {
                BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(Magic.Length + (4 * i)), fields[i]);
            }

            stream.Write(header);
            stream.Write(images.Labels);
            stream.Write(images.Pixels);
        }

        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Reads a cache file; returns null when it is missing, truncated or of another format (then re-parse).</summary>
    public static ByteImageSet? TryRead(string path, string name)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var bytes = File.ReadAllBytes(path);
        var headerLength = Magic.Length + (5 * 4);
        if (bytes.Length < headerLength || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            return null;
        }

        var f = new int[5];
        for (var i = 0; i < f.Length; i++)
        {
            f[i] = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(Magic.Length + (4 * i)));
        }

        var shape = new ImageShape(f[1], f[2], f[3]);
        var count = f[0];
        if (count <= 0 || shape.Size <= 0 || bytes.Length != headerLength + count + ((long)count * shape.Size))
        {
            return null;
        }

        var labels = bytes.AsSpan(headerLength, count).ToArray();
        var pixels = bytes.AsSpan(headerLength + count).ToArray();
        return new ByteImageSet(name, shape, f[4], pixels, labels);
    }
}
