// SPDX-License-Identifier: MIT
using Edge.Host.Calibration.Run;
using Edge.Host.Formats;
using Edge.Host.Virtual;
using Xunit;

namespace Edge.Host.Tests.Calibration.Run;

public sealed class DefaultCalibrationTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("edge-cache-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void The_first_call_calibrates_the_virtual_device_and_later_calls_reuse_the_cache()
    {
        // A small calibration (one level count, one sample per level) keeps the test to a couple of seconds.
        var settings = new CalibrationSettings { Levels = [8], SamplesPerLevel = 1 };
        string folder = Path.Combine(root, DefaultCalibration.FolderName);
        var first = new StringWriter();
        string made = DefaultCalibration.GetOrCreate(first, VirtualBoards.Paper, folder, settings);

        Assert.Equal(folder, made);
        Assert.Contains("calibrating", first.ToString(), StringComparison.Ordinal);
        Assert.NotNull(TableFiles.ReadTableSet(Path.Combine(folder, "table-set.bin")).FindProgram(Shared.Formats.Direction.Potentiation, TableFiles.ReadLevelProgram(Path.Combine(folder, "levels-8-potentiation.bin")).LevelCount));
        Assert.Empty(Directory.GetDirectories(root, "*.tmp"));

        var stamp = File.GetLastWriteTimeUtc(Path.Combine(folder, "table-set.bin"));
        var second = new StringWriter();
        Assert.Equal(folder, DefaultCalibration.GetOrCreate(second, VirtualBoards.Paper, folder, settings));
        Assert.Contains("Using the cached", second.ToString(), StringComparison.Ordinal);
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(Path.Combine(folder, "table-set.bin")));
    }

    [Fact]
    public void The_cache_root_follows_EDGE_CACHE()
    {
        string? saved = Environment.GetEnvironmentVariable(DefaultCalibration.EnvironmentVariable);
        try
        {
            Environment.SetEnvironmentVariable(DefaultCalibration.EnvironmentVariable, root);
            Assert.Equal(Path.Combine(root, "calibration-default"), DefaultCalibration.CacheFolder());
        }
        finally
        {
            Environment.SetEnvironmentVariable(DefaultCalibration.EnvironmentVariable, saved);
        }
    }
}
