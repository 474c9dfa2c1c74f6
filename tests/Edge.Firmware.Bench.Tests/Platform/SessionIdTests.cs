// SPDX-License-Identifier: MIT
using Edge.Firmware.Platform;
using Xunit;

namespace Edge.Firmware.Bench.Tests.Platform;

public sealed class SessionIdTests
{
    [Fact]
    public void Ids_are_never_zero_and_spread_like_random_sixteen_bit_values()
    {
        var seen = new HashSet<ushort>();
        for (uint i = 0; i < 4096; i++)
        {
            ushort id = SessionId.FromEntropy(i, 12345);
            Assert.NotEqual(0, id);
            seen.Add(id);
        }

        // 4096 draws from 65535 values: ~124 collisions expected (birthday), so ~3972 distinct; +-60 is > 5 sigma.
        Assert.InRange(seen.Count, 3910, 4030);
    }

    [Fact]
    public void Either_entropy_word_changes_the_id()
    {
        Assert.NotEqual(SessionId.FromEntropy(1, 2), SessionId.FromEntropy(1, 3));
        Assert.NotEqual(SessionId.FromEntropy(1, 2), SessionId.FromEntropy(2, 2));
    }
}
