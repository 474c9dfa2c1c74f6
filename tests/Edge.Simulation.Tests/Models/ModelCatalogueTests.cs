// SPDX-License-Identifier: MIT
using Edge.Analog.Errors;
using Edge.Simulation.Analog;
using Edge.Simulation.Data;
using Edge.Simulation.Models;
using static TorchSharp.torch;

namespace Edge.Simulation.Tests.Models;

[Collection(TorchCollection.Name)]
public sealed class ModelCatalogueTests
{
    private static readonly ImageShape Digits = new(1, 28, 28);

    [Theory]
    [InlineData("mlp", 235_146)]
    [InlineData("lenet5", 85_822)]
    public void Digit_models_have_their_documented_parameter_counts_digital_and_analog(string name, long parameters)
    {
        using var digital = ModelCatalogue.Create(name, DigitalLayers.Instance, Digits, 10);
        using var analog = ModelCatalogue.Create(name, new AnalogLayers(CrossbarConfig.Default), Digits, 10);
        Assert.Equal(parameters, ModelCatalogue.ParameterCount(digital));
        Assert.Equal(parameters, ModelCatalogue.ParameterCount(analog));
        Assert.Equal(
            digital.state_dict().Select(kv => (kv.Key, string.Join("x", kv.Value.shape))),
            analog.state_dict().Select(kv => (kv.Key, string.Join("x", kv.Value.shape))));
    }

    [Fact]
    public void ResNet34_matches_torchvision_resnet34_with_101_classes_name_for_name()
    {
        using var ours = ModelCatalogue.Create("resnet34", DigitalLayers.Instance, new ImageShape(3, 256, 256), 101);
        using var reference = TorchSharp.torchvision.models.resnet34(num_classes: 101);
        Assert.Equal(21_336_485, ModelCatalogue.ParameterCount(ours));
        Assert.Equal(21_336_485, ModelCatalogue.ParameterCount(reference));
        var ourShapes = ours.state_dict().ToDictionary(kv => kv.Key, kv => string.Join("x", kv.Value.shape));
        var theirShapes = reference.state_dict().ToDictionary(kv => kv.Key, kv => string.Join("x", kv.Value.shape));
        Assert.Equal(theirShapes.OrderBy(kv => kv.Key, StringComparer.Ordinal), ourShapes.OrderBy(kv => kv.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Unknown_models_and_mismatched_inputs_are_usage_errors()
    {
        Assert.Equal(ExitCode.Usage, Assert.Throws<EdgeException>(() => ModelCatalogue.Canonical("vgg16")).ExitCode);
        var error = Assert.Throws<EdgeException>(() => ModelCatalogue.Create("mlp", DigitalLayers.Instance, new ImageShape(3, 64, 64), 5));
        Assert.Contains("1x28x28", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("LeNet-5", "lenet5")]
    [InlineData("lenet", "lenet5")]
    [InlineData(" MLP ", "mlp")]
    [InlineData("ResNet-34", "resnet34")]
    public void Every_accepted_spelling_finds_one_descriptor(string spelling, string name)
    {
        var model = ModelCatalogue.Find(spelling);
        Assert.Equal(name, model.Name);
        Assert.True(model.LearningRate > 0 && model.Epochs > 0, $"{name}: training defaults must be positive");
    }

    [Fact]
    public void Names_are_the_descriptors_and_unique()
    {
        Assert.Equal(ModelCatalogue.All.Select(m => m.Name), ModelCatalogue.Names);
        var spellings = ModelCatalogue.All.SelectMany(m => m.Aliases.Prepend(m.Name)).ToList();
        Assert.Equal(spellings.Count, spellings.Distinct(StringComparer.Ordinal).Count());
    }
}
