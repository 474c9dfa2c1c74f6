// SPDX-License-Identifier: MIT
using Edge.Firmware.Tests.Controller;
using Edge.Firmware.Tests.Fakes;
using Edge.Shared.Formats;
using Edge.Shared.Protocol;
using Edge.Shared.Protocol.Messages;
using Xunit;

namespace Edge.Firmware.Tests.Jobs;

public sealed class FfpSeekJobTests
{
    // Eight cells with their own windows and rates (the array calibration's corrections describe them exactly).
    private static readonly double[] Lows = [740, 736, 744, 741, 738, 745, 739, 742];
    private static readonly double[] Highs = [880, 872, 889, 883, 878, 884, 876, 881];
    private static readonly double[] Rates = [1.0, 0.8, 1.3, 1.1, 0.9, 1.2, 0.7, 1.0];

    [Fact]
    public void Every_cell_ends_within_the_band_of_its_target_in_a_few_pulses()
    {
        var h = Harness(startOhms: null);
        int[] levels = [3, 17, 40, 64, 90, 101, 120, 127];
        var (status, records) = Seek(h, levels);

        Assert.Equal(StatusCode.Ok, status);
        var program = (LevelProgram)SeekFixture.Set(1).Programs[0]!;
        double spacingOhms = 136.0 / 127;
        for (int i = 0; i < levels.Length; i++)
        {
            Assert.Equal(StatusCode.Ok, records[i].Status);
            double miss = Math.Abs(h.Analog.ResistanceOhms[i] - (program.TargetsMilliohms[levels[i]] / 1000.0));
            Assert.True(miss <= (0.25 * spacingOhms) + 0.002, $"cell {i}: {miss} ohm from its target");
            Assert.InRange(records[i].Pulses, 1, 40);
        }
    }

    [Fact]
    public void A_cell_below_its_target_is_raised_with_the_depression_table()
    {
        var h = Harness(startOhms: 760);
        var (status, records) = Seek(h, [10]);
        Assert.Equal(StatusCode.Ok, status);
        Assert.Equal(StatusCode.Ok, records[0].Status);
        Assert.True(h.Analog.MinCodeSeen < h.Analog.ZeroCode, "a negative (depression) pulse was applied");
        Assert.True(h.Analog.ResistanceOhms[0] > 860);
    }

    [Fact]
    public void A_resent_batch_applies_no_pulse()
    {
        var h = Harness(startOhms: null);
        Seek(h, [5, 50]);
        int before = h.Analog.PulsesPerCell.Sum();
        var (_, records) = Seek(h, [5, 50]);
        Assert.Equal(before, h.Analog.PulsesPerCell.Sum());
        Assert.All(records, r => Assert.Equal(0, r.Pulses));
    }

    [Fact]
    public void A_target_beyond_the_cells_reach_is_reported_not_forced()
    {
        // Cell 0 with a window of 740..790 ohm: even 7 V depression saturates at 740 + 7/6 x 50 = 798 ohm < 878 ohm.
        var h = new ControllerHarness(cells: 1);
        double[] lows = [740];
        double[] highs = [790];
        double[] rates = [1];
        h.Analog.ResistanceOhms[0] = 790;
        h.Analog.Law = SeekFixture.Law(lows, highs, rates);
        BoardControllerTests.Upload(h, SeekFixture.Set(1, SeekFixture.Corrections(lows, highs, rates)));
        var (_, records) = Seek(h, [0]);
        Assert.Equal(StatusCode.TargetUnreachable, records[0].Status);
        Assert.True(h.Analog.ResistanceOhms[0] < 800);
    }

    [Fact]
    public void Array_corrections_for_another_array_size_are_refused_and_the_old_tables_stay()
    {
        var h = new ControllerHarness(cells: 8);
        BoardControllerTests.Upload(h, SeekFixture.Set(1, SeekFixture.Corrections(Lows, Highs, Rates)));
        double[] four = [740, 740, 740, 740];
        double[] fourHigh = [880, 880, 880, 880];
        var wrong = SeekFixture.Set(2, SeekFixture.Corrections(four, fourHigh, [1, 1, 1, 1]));
        byte[] image = TableSetCodec.Serialize(wrong);
        var begin = new byte[TableBeginRequest.Length];
        new TableBeginRequest { ImageLength = (uint)image.Length, ImageCrc = Crc32.Compute(image, 0, image.Length), Generation = 2 }.Write(new PayloadWriter(begin));
        h.Send(MessageType.TableBegin, begin);
        for (int offset = 0; offset < image.Length; offset += TableBeginRequest.MaxChunk)
        {
            int n = Math.Min(TableBeginRequest.MaxChunk, image.Length - offset);
            var chunk = new byte[4 + n];
            LittleEndian.WriteUInt32(chunk, 0, (uint)offset);
            Buffer.BlockCopy(image, offset, chunk, 4, n);
            h.Send(MessageType.TableChunk, chunk);
        }

        Assert.Equal(StatusCode.TableArrayMismatch, h.Send(MessageType.TableEnd, []).Header.Status);
        Assert.Equal(1u, h.Tables.Generation);
        Assert.Equal(8, h.Tables.Active.Array.CellCount);
    }

    [Fact]
    public void The_seek_loop_allocates_nothing_per_pulse()
    {
        var h = Harness(startOhms: null);
        var start = h.Send(MessageType.ProgramLevel, Payload(Enumerable.Range(0, 8).Select(c => (c, 120)).ToArray()));
        Assert.Equal(StatusCode.Ok, start.Header.Status);
        h.Controller.Poll(2); // warm-up: JIT and first-use statics

        long before = GC.GetAllocatedBytesForCurrentThread();
        h.Controller.Poll(5000);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(h.Analog.PulsesPerCell.Sum() > 20);
        Assert.Equal(0, allocated);
    }

    private static ControllerHarness Harness(double? startOhms)
    {
        var h = new ControllerHarness(cells: 8);
        for (int c = 0; c < 8; c++)
        {
            h.Analog.ResistanceOhms[c] = startOhms ?? Highs[c];
        }

        h.Analog.Law = SeekFixture.Law(Lows, Highs, Rates);
        BoardControllerTests.Upload(h, SeekFixture.Set(1, SeekFixture.Corrections(Lows, Highs, Rates)));
        return h;
    }

    private static (StatusCode Status, JobRecord[] Records) Seek(ControllerHarness h, int[] levels)
    {
        var start = h.Send(MessageType.ProgramLevel, Payload(levels.Select((level, cell) => (cell, level)).ToArray()));
        Assert.Equal(StatusCode.Ok, start.Header.Status);
        h.Controller.Poll(100_000);
        var status = BoardControllerTests.Status(h);
        return (status.JobStatus, BoardControllerTests.Records(h, start.Header.Ack, 0, levels.Length));
    }

    private static byte[] Payload((int Cell, int Level)[] items)
    {
        var payload = new byte[ProgramLevelRequest.PrefixLength + (4 * items.Length)];
        var w = new PayloadWriter(payload);
        w.U8((byte)Direction.Potentiation);
        w.U8(ProgramLevelRequest.ModeSeek);
        w.U16(128);
        w.U8(items.Length);
        foreach (var (cell, level) in items)
        {
            w.U16(cell);
            w.U16(level);
        }

        return payload;
    }
}
