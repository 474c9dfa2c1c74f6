// SPDX-License-Identifier: MIT
using Edge.Firmware.Bench.Hal;
using Edge.Firmware.Platform;
using Edge.Firmware.Tables;
using Edge.Shared.Formats;
using Edge.Shared.Protocol;
using Xunit;

namespace Edge.Firmware.Bench.Tests.Platform;

public sealed class SlotFileStorageTests
{
    [Fact]
    public void A_new_file_reads_as_erased_flash()
    {
        var storage = new SlotFileStorage(new MemoryRandomAccess(), 1024);
        var buffer = new byte[16];

        storage.Read(1, 1000, buffer, 0, 16);

        Assert.All(buffer, b => Assert.Equal(0xFF, b));
    }

    [Fact]
    public void Slots_are_disjoint_and_erase_clears_only_its_own()
    {
        var storage = new SlotFileStorage(new MemoryRandomAccess(), 256);
        storage.Write(0, 250, [1, 2, 3, 4, 5, 6], 0, 6);
        storage.Write(1, 0, [9, 9], 0, 2);

        var a = new byte[6];
        var b = new byte[2];
        storage.Read(0, 250, a, 0, 6);
        storage.Read(1, 0, b, 0, 2);
        Assert.Equal(new byte[] { 1, 2, 3, 4, 5, 6 }, a);
        Assert.Equal(new byte[] { 9, 9 }, b);

        storage.Erase(0);
        storage.Read(0, 250, a, 0, 6);
        storage.Read(1, 0, b, 0, 2);
        Assert.All(a, x => Assert.Equal(0xFF, x));
        Assert.Equal(new byte[] { 9, 9 }, b);
    }

    [Theory]
    [InlineData(2, 0, 1)]
    [InlineData(-1, 0, 1)]
    [InlineData(0, 255, 2)]
    [InlineData(1, -1, 1)]
    public void Access_outside_a_slot_is_rejected(int slot, int offset, int count)
    {
        var storage = new SlotFileStorage(new MemoryRandomAccess(), 256);

        Assert.Throws<ArgumentOutOfRangeException>(() => storage.Write(slot, offset, new byte[4], 0, count));
    }

    [Fact]
    public void A_table_uploaded_to_a_file_is_active_after_a_restart()
    {
        string path = Path.Combine(Path.GetTempPath(), $"edge-bench-slots-{Guid.NewGuid():N}.bin");
        try
        {
            var image = TableSetCodec.Serialize(Sample(generation: 3));
            using (var file = new FileRandomAccess(path))
            {
                var store = new TableStore(new SlotFileStorage(file, 65536));
                store.Boot();
                Assert.Equal(StatusCode.Ok, store.Begin((uint)image.Length, Crc32.Compute(image, 0, image.Length), 3));
                for (int offset = 0; offset < image.Length; offset += 100)
                {
                    Assert.Equal(StatusCode.Ok, store.Chunk((uint)offset, image, offset, Math.Min(100, image.Length - offset)));
                }

                Assert.Equal(StatusCode.Ok, store.End(out _));
            }

            using (var file = new FileRandomAccess(path))
            {
                var rebooted = new TableStore(new SlotFileStorage(file, 65536));
                rebooted.Boot();
                Assert.Equal(3u, rebooted.Generation);
                Assert.Equal(0, rebooted.ActiveSlot);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static TableSet Sample(uint generation)
    {
        var set = new TableSet { Generation = generation, Ffp = new FfpTable { DeviceId = 7, CalibrationId = 9 } };
        set.Ffp.Potentiation = Direction(Edge.Shared.Formats.Direction.Potentiation, 740_000);
        set.Ffp.Depression = Direction(Edge.Shared.Formats.Direction.Depression, 880_000);
        return set;
    }

    private static FfpDirectionTable Direction(Direction direction, uint stopMilliohms) => new()
    {
        Direction = direction,
        PulseWidthMicroseconds = 800_000,
        StopMilliohms = stopMilliohms,
        EdgesMilliohms = Enumerable.Range(0, 11).Select(i => (uint)(700_000 + (i * 20_000))).ToArray(),
        WriteMillivolts = Enumerable.Repeat((ushort)2000, 10).ToArray(),
    };
}
