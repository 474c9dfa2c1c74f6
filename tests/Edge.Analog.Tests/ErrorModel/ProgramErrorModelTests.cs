// SPDX-License-Identifier: MIT
using System.Text.Json.Nodes;
using Edge.Analog.ErrorModel;
using Edge.Analog.Errors;
using Xunit;

namespace Edge.Analog.Tests.ErrorModel;

public sealed class ProgramErrorModelTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("edge-errmodel-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Save_then_Load_round_trips_every_field()
    {
        var model = SyntheticErrorModels.Realistic(16, seed: 4);
        var path = Path.Combine(directory, "model.json");

        model.Save(path);
        var loaded = ProgramErrorModel.Load(path);

        Assert.Equal(model.Levels, loaded.Levels);
        Assert.Equal(model.Direction, loaded.Direction);
        Assert.Equal(model.CalibrationId, loaded.CalibrationId);
        Assert.Equal(model.Actual, loaded.Actual);
        Assert.Equal(model.Scale, loaded.Scale);
        Assert.Equal(model.Nu, loaded.Nu);
        Assert.Contains("\"sample_counts\"", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("scale", 3, -0.001, "scale[3]")]
    [InlineData("scale", 5, 0.0, "scale[5]")]
    [InlineData("nu", 2, 0.0, "nu[2]")]
    [InlineData("nu", 7, -1.0, "nu[7]")]
    [InlineData("loc", 1, double.NaN, "loc[1]")]
    public void Load_names_the_field_and_level_of_a_bad_value(string field, int level, double value, string expected)
    {
        var path = WriteModified(json => json[field]![level] = double.IsNaN(value) ? "NaN" : value);

        var ex = Assert.Throws<EdgeException>(() => ProgramErrorModel.Load(path));

        Assert.Equal(ExitCode.BadInput, ex.ExitCode);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.Contains($"level {level}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_refuses_a_missing_field_a_wrong_length_and_an_unknown_direction()
    {
        var missing = WriteModified(json => json.Remove("nu"));
        var shortArray = WriteModified(json => json["scale"]!.AsArray().RemoveAt(0));
        var direction = WriteModified(json => json["direction"] = "sideways");

        Assert.Contains("'nu'", Assert.Throws<EdgeException>(() => ProgramErrorModel.Load(missing)).Message, StringComparison.Ordinal);
        Assert.Contains("'scale' has 15 values", Assert.Throws<EdgeException>(() => ProgramErrorModel.Load(shortArray)).Message, StringComparison.Ordinal);
        Assert.Contains("sideways", Assert.Throws<EdgeException>(() => ProgramErrorModel.Load(direction)).Message, StringComparison.Ordinal);
        Assert.Equal(ExitCode.BadInput, Assert.Throws<EdgeException>(() => ProgramErrorModel.Load(Path.Combine(directory, "absent.json"))).ExitCode);
    }

    [Fact]
    public void A_band_round_trips_is_kept_by_SelectLevels_and_is_refused_when_negative_or_with_nu_at_most_1()
    {
        var path = WriteModified(json => json["band"] = new JsonArray(Enumerable.Range(0, 16).Select(k => (JsonNode?)JsonValue.Create(k * 1e-5)).ToArray()));
        var loaded = ProgramErrorModel.Load(path);
        Assert.Equal(5e-5, loaded.Band[5], 1e-18);
        Assert.Equal(loaded.Band[15], loaded.SelectLevels(2).Band[1]);
        var again = Path.Combine(directory, "again.json");
        loaded.Save(again);
        Assert.Equal(loaded.Band, ProgramErrorModel.Load(again).Band);

        var negative = WriteModified(json => json["band"] = new JsonArray(Enumerable.Range(0, 16).Select(k => (JsonNode?)JsonValue.Create(k == 4 ? -1e-5 : 0)).ToArray()));
        Assert.Contains("band[4]", Assert.Throws<EdgeException>(() => ProgramErrorModel.Load(negative)).Message, StringComparison.Ordinal);
        var heavy = WriteModified(json =>
        {
            json["band"] = new JsonArray(Enumerable.Range(0, 16).Select(_ => (JsonNode?)JsonValue.Create(1e-5)).ToArray());
            json["nu"]![9] = 0.9;
        });
        Assert.Contains("band[9] = 1E-05 with nu[9] = 0.9", Assert.Throws<EdgeException>(() => ProgramErrorModel.Load(heavy)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_without_a_band_has_zero_band_and_writes_none()
    {
        var model = SyntheticErrorModels.Realistic(16, seed: 4);
        var path = Path.Combine(directory, "no-band.json");
        model.Save(path);
        Assert.All(model.Band, h => Assert.Equal(0, h));
        Assert.DoesNotContain("\"band\"", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void SelectLevels_picks_evenly_spaced_calibrated_levels_with_both_endpoints()
    {
        var model = SyntheticErrorModels.Realistic(512, seed: 2);

        var eight = model.SelectLevels(8);

        Assert.Equal([0, 73, 146, 219, 292, 365, 438, 511], eight.SourceLevels);
        Assert.Equal(model.Actual[511], eight.Actual[7]);
        Assert.Equal(model.Nu[73], eight.Nu[1]);
        Assert.Equal(model.Scale[438], eight.Scale[6]);
        Assert.Equal(3.0 / 7, eight.Targets[3], 1e-15);
        Assert.Equal(512, model.SelectLevels(512).SourceLevels.Distinct().Count());
        Assert.Throws<ArgumentOutOfRangeException>(() => model.SelectLevels(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => model.SelectLevels(513));
    }

    [Fact]
    public void Ideal_model_has_evenly_spaced_levels_and_no_error_and_is_not_saved()
    {
        var ideal = ProgramErrorModel.Ideal(5);

        Assert.Equal([0, 0.25, 0.5, 0.75, 1], ideal.Actual);
        Assert.All(ideal.Scale, s => Assert.Equal(0, s));
        Assert.All(ideal.Loc, l => Assert.Equal(0, l));
        Assert.True(ideal.IsIdeal);
        Assert.Throws<InvalidOperationException>(() => ideal.Save(Path.Combine(directory, "ideal.json")));
    }

    private string WriteModified(Action<JsonObject> change)
    {
        var path = Path.Combine(directory, $"model-{Guid.NewGuid():N}.json");
        SyntheticErrorModels.Realistic(16, seed: 4).Save(path);
        var json = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        change(json);
        File.WriteAllText(path, json.ToJsonString());
        return path;
    }
}
