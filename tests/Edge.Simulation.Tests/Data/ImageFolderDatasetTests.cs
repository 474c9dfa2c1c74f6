// SPDX-License-Identifier: MIT
using Edge.Analog.Errors;
using Edge.Simulation.Data;

namespace Edge.Simulation.Tests.Data;

public sealed class ImageFolderDatasetTests
{
    [Fact]
    public void Decodes_resizes_and_labels_images_by_sub_folder()
    {
        var root = SyntheticImages.Create(classes: 3, perClass: 2);
        var dataset = new ImageFolderDataset("caltech101", root, 32);
        Assert.Equal(6, dataset.Count);
        Assert.Equal(3, dataset.ClassCount);
        Assert.Equal(new ImageShape(3, 32, 32), dataset.Shape);
        Assert.Equal([0, 0, 1, 1, 2, 2], Enumerable.Range(0, 6).Select(dataset.Label));
        var pixels = new float[dataset.Shape.Size];
        dataset.Fill(0, pixels);
        Assert.Contains(pixels, p => p != 0f);
    }

    [Fact]
    public void Missing_or_empty_folders_name_the_folder()
    {
        var missing = Path.Combine(Path.GetTempPath(), "edge-no-such-folder-" + Guid.NewGuid().ToString("N"));
        var error = Assert.Throws<EdgeException>(() => new ImageFolderDataset("caltech101", missing, 32));
        Assert.Equal(ExitCode.BadInput, error.ExitCode);
        Assert.Contains(missing, error.Message, StringComparison.Ordinal);

        var empty = Directory.CreateDirectory(missing).FullName;
        Directory.CreateDirectory(Path.Combine(empty, "only-class"));
        Assert.Contains("sub-folder", Assert.Throws<EdgeException>(() => new ImageFolderDataset("caltech101", empty, 32)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_image_that_does_not_decode_is_named()
    {
        var root = SyntheticImages.Create(classes: 2, perClass: 1);
        var broken = Path.Combine(root, "class1", "broken.jpg");
        File.WriteAllText(broken, "not a jpeg");
        var dataset = new ImageFolderDataset("caltech101", root, 32);
        var index = Enumerable.Range(0, dataset.Count).Single(i => dataset.File(i) == broken);
        var error = Assert.Throws<EdgeException>(() => dataset.Fill(index, new float[dataset.Shape.Size]));
        Assert.Contains(broken, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_datasets_are_usage_errors()
    {
        Assert.Equal(ExitCode.Usage, Assert.Throws<EdgeException>(() => DatasetCatalogue.Load("cifar10")).ExitCode);
        Assert.Equal(ExitCode.Usage, Assert.Throws<EdgeException>(() => DatasetCatalogue.Load("fashion-mnist:/tmp")).ExitCode);
    }

    [Fact]
    public void Stratified_split_is_fixed_and_keeps_class_proportions()
    {
        var labels = Enumerable.Range(0, 1000).Select(i => (byte)(i % 4)).ToArray();
        var set = new ByteImageSet("x", new ImageShape(1, 1, 1), 4, new byte[1000], labels);
        var (train, test) = StratifiedSplit.Split(set, 0.2);
        Assert.Equal(200, test.Count);
        Assert.All(Enumerable.Range(0, 4), c => Assert.Equal(50, Enumerable.Range(0, test.Count).Count(i => test.Label(i) == c)));
        var (_, again) = StratifiedSplit.Split(set, 0.2);
        Assert.Equal(Enumerable.Range(0, 200).Select(test.Label), Enumerable.Range(0, 200).Select(again.Label));
        Assert.Equal(800, train.Count);
    }
}
