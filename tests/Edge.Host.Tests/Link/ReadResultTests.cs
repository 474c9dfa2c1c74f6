// SPDX-License-Identifier: MIT
using Edge.Analog.Errors;
using Edge.Host.Link;
using Xunit;

namespace Edge.Host.Tests.Link;

public sealed class ReadResultTests
{
    [Fact]
    public void A_saturated_read_has_no_value_and_a_step_that_needs_one_stops_naming_the_cell()
    {
        var saturated = new ReadResult(12, 0, Saturated: true);
        Assert.Null(saturated.Ohms);
        var ex = Assert.Throws<EdgeException>(() => saturated.RequireOhms("the read before the sweep"));
        Assert.Equal(ExitCode.DeviceLimit, ex.ExitCode);
        Assert.Contains("cell 12: the read before the sweep saturated", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_good_read_gives_its_resistance()
    {
        var read = new ReadResult(3, 812.25, Saturated: false);
        Assert.Equal(812.25, read.Ohms);
        Assert.Equal(812.25, read.RequireOhms("anything"));
    }
}
