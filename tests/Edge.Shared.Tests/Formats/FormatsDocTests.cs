// SPDX-License-Identifier: MIT
using System.Globalization;
using Edge.Shared.Formats;
using Edge.Shared.Tests.Protocol;
using Xunit;

namespace Edge.Shared.Tests.Formats;

public class FormatsDocTests
{
    public static TheoryData<string, long, long> Ranges => new()
    {
        { "write voltage", FormatLimits.MinWriteMillivolts, FormatLimits.MaxWriteMillivolts },
        { "pulse width", FormatLimits.MinWidthMicroseconds, FormatLimits.MaxWidthMicroseconds },
        { "resistance", FormatLimits.MinMilliohms, FormatLimits.MaxMilliohms },
        { "grid cells", 1, FormatLimits.MaxGridCells },
        { "levels", 2, FormatLimits.MaxLevels },
        { "pulses per program", 0, FormatLimits.MaxProgramPulses },
        { "programs per set", 0, FormatLimits.MaxPrograms },
        { "seek voltages per direction", 1, FormatLimits.MaxSeekVoltages },
        { "array cells", 1, FormatLimits.MaxArrayCells },
        { "seek rate", 1, FormatLimits.MaxRateMicro },
    };

    [Theory]
    [MemberData(nameof(Ranges))]
    public void Formats_md_states_each_range_as_FormatLimits_defines_it(string quantity, long min, long max)
    {
        string range = string.Create(CultureInfo.InvariantCulture, $"{min:N0} .. {max:N0}");
        Assert.Contains(range, RepoFiles.ReadText("docs/formats.md"), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(quantity));
    }
}
