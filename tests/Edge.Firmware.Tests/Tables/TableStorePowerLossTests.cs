// SPDX-License-Identifier: MIT
using Edge.Firmware.Tables;
using Edge.Firmware.Tests.Fakes;
using Edge.Shared.Formats;
using Edge.Shared.Protocol;
using Xunit;

namespace Edge.Firmware.Tests.Tables;

public sealed class TableStorePowerLossTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(23)]
    public void Power_cut_after_every_single_write_step_leaves_generation_s_or_s_plus_1(int tornBytes)
    {
        byte[] first = TableSetCodec.Serialize(SampleTables.Set(5));
        byte[] second = TableSetCodec.Serialize(SampleTables.Set(6, potentiationMillivolts: 2500));
        int stepsOfAnUpload = CountSteps(first, second);
        Assert.True(stepsOfAnUpload > 3);

        int sawOld = 0;
        int sawNew = 0;
        for (int cut = 0; cut < stepsOfAnUpload; cut++)
        {
            var storage = new FakeStorage();
            var store = new TableStore(storage);
            store.Boot();
            Upload(store, first, 5);
            storage.CutAtStep = storage.Steps + cut;
            storage.TornBytes = tornBytes;
            Assert.Throws<PowerLostException>(() => Upload(store, second, 6));

            var rebooted = new TableStore(storage);
            rebooted.Boot();
            Assert.NotNull(rebooted.Active);
            Assert.InRange(rebooted.Generation, 5u, 6u);
            ushort expectedMillivolts = rebooted.Generation == 5 ? (ushort)2000 : (ushort)2500;
            Assert.Equal(expectedMillivolts, rebooted.Active!.Ffp.Potentiation.WriteMillivolts[0]);
            if (rebooted.Generation == 5)
            {
                sawOld++;
            }
            else
            {
                sawNew++;
            }
        }

        // The header is the last write: only a cut at that very step can still leave the new generation (when torn
        // bytes already completed it); every earlier cut must leave the old one.
        Assert.True(sawOld >= stepsOfAnUpload - 1);
        Assert.Equal(stepsOfAnUpload, sawOld + sawNew);
    }

    [Fact]
    public void Boot_with_no_valid_slot_has_no_table()
    {
        var store = new TableStore(new FakeStorage());
        store.Boot();
        Assert.Null(store.Active);
        Assert.Equal(0u, store.Generation);
    }

    [Fact]
    public void Boot_picks_the_valid_slot_with_the_highest_generation()
    {
        var storage = new FakeStorage();
        var store = new TableStore(storage);
        store.Boot();
        Upload(store, TableSetCodec.Serialize(SampleTables.Set(3)), 3);
        Upload(store, TableSetCodec.Serialize(SampleTables.Set(4)), 4);
        Upload(store, TableSetCodec.Serialize(SampleTables.Set(9)), 9);
        var rebooted = new TableStore(storage);
        rebooted.Boot();
        Assert.Equal(9u, rebooted.Generation);
    }

    [Fact]
    public void A_corrupted_upload_is_rejected_and_the_old_table_stays_active()
    {
        var storage = new FakeStorage();
        var store = new TableStore(storage);
        store.Boot();
        Upload(store, TableSetCodec.Serialize(SampleTables.Set(1)), 1);
        byte[] bad = TableSetCodec.Serialize(SampleTables.Set(2));
        uint crc = Crc32.Compute(bad, 0, bad.Length);
        bad[bad.Length / 2] ^= 0x40;
        Assert.Equal(StatusCode.Ok, store.Begin((uint)bad.Length, crc, 2));
        Assert.Equal(StatusCode.Ok, store.Chunk(0, bad, 0, bad.Length));
        Assert.NotEqual(StatusCode.Ok, store.End(out _));
        Assert.Equal(1u, store.Generation);
        var rebooted = new TableStore(storage);
        rebooted.Boot();
        Assert.Equal(1u, rebooted.Generation);
    }

    [Fact]
    public void An_older_generation_is_refused()
    {
        var store = new TableStore(new FakeStorage());
        store.Boot();
        Upload(store, TableSetCodec.Serialize(SampleTables.Set(4)), 4);
        Assert.Equal(StatusCode.TableValueOutOfRange, store.Begin(100, 0, 4));
    }

    private static int CountSteps(byte[] first, byte[] second)
    {
        var storage = new FakeStorage();
        var store = new TableStore(storage);
        store.Boot();
        Upload(store, first, 5);
        int before = storage.Steps;
        Upload(store, second, 6);
        return storage.Steps - before;
    }

    private static void Upload(TableStore store, byte[] image, uint generation)
    {
        Assert.Equal(StatusCode.Ok, store.Begin((uint)image.Length, Crc32.Compute(image, 0, image.Length), generation));
        for (int offset = 0; offset < image.Length; offset += 240)
        {
            int n = Math.Min(240, image.Length - offset);
            Assert.Equal(StatusCode.Ok, store.Chunk((uint)offset, image, offset, n));
        }

        Assert.Equal(StatusCode.Ok, store.End(out _));
    }
}
