// SPDX-License-Identifier: MIT
using SkiaSharp;

namespace Edge.Simulation.Tests.Data;

/// <summary>Writes a small class-per-folder image set (Caltech101 layout) of solid-colour PNGs with a class-coloured square.</summary>
internal static class SyntheticImages
{
    public static string Create(int classes, int perClass, int sizePixels = 40)
    {
        var root = Path.Combine(Path.GetTempPath(), "edge-sim-images-" + Guid.NewGuid().ToString("N"));
        var random = new Random(11);
        for (var c = 0; c < classes; c++)
        {
            var folder = Directory.CreateDirectory(Path.Combine(root, $"class{c}")).FullName;
            for (var i = 0; i < perClass; i++)
            {
                using var bitmap = new SKBitmap(sizePixels, sizePixels);
                using (var canvas = new SKCanvas(bitmap))
                {
                    canvas.Clear(new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256)));
                    using var paint = new SKPaint { Color = new SKColor((byte)(80 * c), (byte)(255 - (80 * c)), 40) };
                    canvas.DrawRect(5, 5, sizePixels / 2, sizePixels / 2, paint);
                }

                using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
                File.WriteAllBytes(Path.Combine(folder, $"{i}.png"), data.ToArray());
            }
        }

        return root;
    }
}
