// SPDX-License-Identifier: MIT
using Edge.Hardware.Device;
using Xunit;

namespace Edge.Hardware.Tests.Device;

/// <summary>Device files: the shipped preset, defaults, and a precise error for every kind of bad input.</summary>
public sealed class DeviceFileTests
{
    private const string Source = "bench/device.json";

    internal static string RepositoryFile(string relativePath)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Edge.sln")))
            {
                return Path.Combine(directory.FullName, relativePath);
            }
        }

        throw new InvalidOperationException("Edge.sln not found above the test output folder.");
    }

    [Fact]
    public void Shipped_paper_preset_is_the_paper_device()
    {
        DeviceParameters loaded = DeviceParameters.Load(RepositoryFile("hardware/devices/paper-tio2.json"));
        Assert.Equal(DeviceParameters.Paper, loaded);
    }

    [Fact]
    public void Three_required_fields_make_a_valid_device_with_paper_defaults()
    {
        DeviceParameters parameters = DeviceParameters.Parse("""{"hrs_ohm": 2000, "lrs_ohm": 1500, "seed": 7}""", Source);
        Assert.Equal(DeviceParameters.Paper with { HrsOhm = 2000, LrsOhm = 1500, Seed = 7 }, parameters);
        Assert.Equal(500, parameters.WindowOhm);
    }

    [Fact]
    public void Written_json_reads_back_identically()
    {
        var parameters = DeviceParameters.Paper with { Seed = 12, StepNoiseFraction = 0.05, CellRateSigmaFraction = 0 };
        Assert.Equal(parameters, DeviceParameters.Parse(parameters.ToJson(), Source));
        Assert.Contains("\"overshoot_probability\"", parameters.ToJson(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"lrs_ohm": 740, "seed": 1}""", "hrs_ohm", "missing")]
    [InlineData("""{"hrs_ohm": 880, "seed": 1}""", "lrs_ohm", "missing")]
    [InlineData("""{"hrs_ohm": 880, "lrs_ohm": 740}""", "seed", "missing")]
    [InlineData("""{"hrs_ohm": 880, "lrs_ohm": 880, "seed": 1}""", "lrs_ohm", "below")]
    [InlineData("""{"hrs_ohm": 700, "lrs_ohm": 740, "seed": 1}""", "lrs_ohm", "below")]
    [InlineData("""{"hrs_ohm": 0, "lrs_ohm": 740, "seed": 1}""", "hrs_ohm", "> 0")]
    [InlineData("""{"hrs_ohm": 880, "lrs_ohm": -5, "seed": 1}""", "lrs_ohm", "> 0")]
    [InlineData("""{"hrs_ohm": 880, "lrs_ohm": 740, "seed": -1}""", "seed", "integer")]
    [InlineData("""{"hrs_ohm": 880, "lrs_ohm": 740, "seed": 1.5}""", "seed", "integer")]
    [InlineData("""{"hrs_ohm": 880, "lrs_ohm": 740, "seed": 1, "step_noise_fraction": -0.1}""", "step_noise_fraction", "from 0 to 1")]
    [InlineData("""{"hrs_ohm": 880, "lrs_ohm": 740, "seed": 1, "diffusion_noise_fraction": -1e-4}""", "diffusion_noise_fraction", "from 0")]
    [InlineData("""{"hrs_ohm": 880, "lrs_ohm": 740, "seed": 1, "cell_window_sigma_fraction": -0.02}""", "cell_window_sigma_fraction", "from 0")]
    [InlineData("""{"hrs_ohm": 880, "lrs_ohm": 740, "seed": 1, "potentiation_time_constant_ms": 0}""", "potentiation_time_constant_ms", "> 0")]
    [InlineData("""{"hrs_ohm": 880, "lrs_ohm": 740, "seed": 1, "overshoot_probability": 1.5}""", "overshoot_probability", "from 0 to 1")]
    [InlineData("""{"hrs_ohm": 880, "lrs_ohm": 740, "seed": 1, "hrs_ohms": 900}""", "hrs_ohms", "unknown field")]
    [InlineData("""{"hrs_ohm": "880", "lrs_ohm": 740, "seed": 1}""", "hrs_ohm", "the string")]
    [InlineData("""{"hrs_ohm": 880, "lrs_ohm": 740, "seed": 1, "seed": 2}""", "seed", "twice")]
    [InlineData("""{"hrs_ohm": 880, "lrs_ohm": 740,""", "JSON", "line")]
    [InlineData("""[880, 740, 1]""", "object", "Array")]
    public void Bad_device_files_name_the_file_the_field_and_what_is_right(string json, string field, string hint)
    {
        InvalidDataException error = Assert.Throws<InvalidDataException>(() => DeviceParameters.Parse(json, Source));
        Assert.Contains(Source, error.Message, StringComparison.Ordinal);
        Assert.Contains(field, error.Message, StringComparison.Ordinal);
        Assert.Contains(hint, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Loading_names_the_path_of_a_bad_file()
    {
        string path = Path.Combine(Path.GetTempPath(), $"edge-device-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{"hrs_ohm": 880, "lrs_ohm": 740, "seed": 1, "bound_exponent": -2}""");
        try
        {
            InvalidDataException error = Assert.Throws<InvalidDataException>(() => DeviceParameters.Load(path));
            Assert.Contains(path, error.Message, StringComparison.Ordinal);
            Assert.Contains("bound_exponent", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Parameters_built_in_code_are_validated_too()
    {
        var bad = DeviceParameters.Paper with { LrsOhm = 900 };
        Assert.Throws<InvalidDataException>(() => new MemristorArray(bad, 1));
        Assert.Throws<InvalidDataException>(() => new MemristorCell(DeviceParameters.Paper with { OvershootMeanFraction = -1 }, 0));
    }
}
