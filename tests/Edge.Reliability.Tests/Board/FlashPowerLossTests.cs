// SPDX-License-Identifier: MIT
using Edge.Hardware.Board;
using Edge.Reliability.Tests.Infrastructure;
using Edge.Shared.Formats;
using Edge.Shared.Protocol;
using Xunit;
using Xunit.Abstractions;

namespace Edge.Reliability.Tests.Board;

/// <summary>
/// Campaign 2b (docs/reliability.md, "Flash power loss"): through the whole virtual board and host link, the power is
/// cut at every single flash write step of a table update, with torn writes; after the power returns the board must
/// boot with a valid table of generation S or S+1 whose CRC is that image's, refuse nothing it should accept, and a
/// retried upload must install S+1.
/// </summary>
public sealed class FlashPowerLossTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(23)]
    [InlineData(239)]
    public void A_power_cut_at_every_flash_write_of_a_table_update_leaves_generation_s_or_s_plus_1(int tornBytes)
    {
        byte[] oldImage = ReferenceTables.Image(5);
        byte[] newImage = ReferenceTables.Image(6);
        uint oldCrc = Crc32.Compute(oldImage, 0, oldImage.Length);
        uint newCrc = Crc32.Compute(newImage, 0, newImage.Length);
        int steps = CountUpdateSteps(oldImage, newImage);
        int sawOld = 0;
        int sawNew = 0;
        for (int cut = 0; cut < steps; cut++)
        {
            var board = BoardFixture.NewBoard(2);
            using (var client = BoardFixture.Connect(new Edge.Host.Virtual.InProcessTransport(board)))
            {
                client.UploadTables(oldImage, 5);
                board.Flash.PowerCutAtStep = board.Flash.Steps + cut;
                board.Flash.TornBytes = tornBytes;
                Assert.Throws<PowerCutException>(() => client.UploadTables(newImage, 6));
            }

            board.Flash.PowerCutAtStep = null;
            board.Reboot();
            using var after = BoardFixture.Connect(new Edge.Host.Virtual.InProcessTransport(board), firstSeq: 500);
            var info = after.TableInfo();
            Assert.True(info.Valid);
            Assert.InRange(info.Generation, 5u, 6u);
            Assert.Equal(info.Generation == 5 ? oldCrc : newCrc, info.Crc);
            Assert.Equal(info.Generation, after.Hello.TableGeneration);

            // The table that survived works: a level can be programmed with it.
            var outcome = after.ProgramLevels(Direction.Potentiation, ReferenceTables.LevelCount(Direction.Potentiation), [(0, 3)]);
            Assert.Equal(StatusCode.Ok, outcome.Records[0].Status);
            if (info.Generation == 5)
            {
                sawOld++;
                Assert.Equal(6u, after.UploadTables(newImage, 6));
            }
            else
            {
                sawNew++;
            }

            Assert.Equal(newCrc, after.TableInfo().Crc);
            Assert.True(board.Analog.MaxAppliedWriteVolts <= 7.0);
        }

        output.WriteLine($"flash power loss, torn bytes {tornBytes}: {steps} write steps per update ({newImage.Length} B image), a cut at each: generation S kept {sawOld}, S+1 {sawNew}, invalid 0; retried uploads installed S+1 every time");
        Assert.Equal(steps, sawOld + sawNew);

        // The header is written last: only a cut at that very step can leave S+1, and only if the torn bytes completed it.
        Assert.True(sawOld >= steps - 1);
    }

    private static int CountUpdateSteps(byte[] oldImage, byte[] newImage)
    {
        var board = BoardFixture.NewBoard(2);
        using var client = BoardFixture.Connect(new Edge.Host.Virtual.InProcessTransport(board));
        client.UploadTables(oldImage, 5);
        int before = board.Flash.Steps;
        client.UploadTables(newImage, 6);
        return board.Flash.Steps - before;
    }
}
