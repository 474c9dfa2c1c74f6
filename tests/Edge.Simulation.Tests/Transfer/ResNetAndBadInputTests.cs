// SPDX-License-Identifier: MIT
using Edge.Analog.ErrorModel;
using Edge.Analog.Errors;
using Edge.Simulation.Analog;
using Edge.Simulation.Data;
using Edge.Simulation.Models;
using Edge.Simulation.Tests.Data;
using Edge.Simulation.Transfer;
using TorchSharp;

namespace Edge.Simulation.Tests.Transfer;

[Collection(TorchCollection.Name)]
public sealed class ResNetAndBadInputTests
{
    [Fact]
    public void ResNet34_transfer_on_a_small_synthetic_image_folder_completes()
    {
        var root = SyntheticImages.Create(classes: 3, perClass: 5);
        var result = WeightTransfer.Run(new TransferOptions
        {
            Model = "resnet34",
            Dataset = $"caltech101:{root}",
            ErrorModel = new FallbackErrorModelSource().Get(512),
            ErrorModelSource = "fallback",
            Bits = [8],
            Trials = 1,
            Epochs = 1,
            BatchSize = 4,
            ImageSizePixels = 32,
        });

        Assert.Equal(21_336_485 - ((512 * 101) + 101) + ((512 * 3) + 3), result.Parameters); // 3-class classifier
        Assert.Single(result.Points);
        Assert.InRange(result.Points[0].AccuracyMean, 0.0, 1.0);
        Assert.True(result.Tiles > 36);
    }

    [Fact]
    public void Weights_of_another_architecture_are_refused_with_the_file_name()
    {
        TorchNativeReady();
        var path = Path.Combine(Path.GetTempPath(), $"edge-mlp-{Guid.NewGuid():N}.ts");
        using (var mlp = new Mlp(DigitalLayers.Instance))
        {
            mlp.save(path);
        }

        using var lenet = new LeNet5(DigitalLayers.Instance);
        var error = Assert.Throws<EdgeException>(() => WeightsFile.Load(lenet, path, "lenet5"));
        Assert.Equal(ExitCode.BadInput, error.ExitCode);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(".pt", "is not a PyTorch file")]
    [InlineData(".safetensors", "is not a safetensors file")]
    public void Random_bytes_are_named_as_not_a_weights_file_of_that_kind(string extension, string message)
    {
        TorchNativeReady();
        var path = Path.Combine(Path.GetTempPath(), $"edge-random-{Guid.NewGuid():N}{extension}");
        var bytes = new byte[3000];
        new Random(7).NextBytes(bytes);
        bytes[0] = 0x42; // not the zip, pickle or a plausible safetensors header start
        File.WriteAllBytes(path, bytes);
        try
        {
            using var mlp = new Mlp(DigitalLayers.Instance);
            var error = Assert.Throws<EdgeException>(() => WeightsFile.Load(mlp, path, "mlp"));
            Assert.Equal(ExitCode.BadInput, error.ExitCode);
            Assert.Contains(message, error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("old PyTorch format", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Bits_beyond_the_error_model_are_refused_before_any_work()
    {
        var error = Assert.Throws<EdgeException>(() => WeightTransfer.Run(new TransferOptions
        {
            Model = "mlp",
            Dataset = "mnist",
            ErrorModel = new FallbackErrorModelSource().Get(128),
            ErrorModelSource = "fallback",
            Bits = [9],
        }));
        Assert.Contains("1..7", error.Message, StringComparison.Ordinal);
    }

    private static void TorchNativeReady() => Edge.Simulation.Native.TorchNative.EnsureReady();
}
