// SPDX-License-Identifier: MIT
using Edge.Firmware.Tests.Fakes;
using Edge.Shared.Protocol;
using Edge.Shared.Protocol.Messages;
using Xunit;
using static Edge.Firmware.Tests.Controller.BoardControllerTests;

namespace Edge.Firmware.Tests.Controller;

/// <summary>Every command's payload length is held to its row of the catalogue (docs/protocol.md), the same way for all.</summary>
public sealed class PayloadLengthTests
{
    public static TheoryData<MessageType, int> WrongLengths => new()
    {
        { MessageType.Status, 1 },
        { MessageType.Heartbeat, 1 },
        { MessageType.TableInfo, 1 },
        { MessageType.TableEnd, 1 },
        { MessageType.Abort, 1 },
        { MessageType.Hello, 3 },
        { MessageType.Hello, 5 },
        { MessageType.Pulse, PulseRequest.Length + 1 },
        { MessageType.Pulse, PulseRequest.Length - 1 },
        { MessageType.Sweep, SweepRequest.Length + 1 },
        { MessageType.FfpRun, FfpRunRequest.Length + 1 },
        { MessageType.JobRecords, JobRecordsRequest.Length + 1 },
        { MessageType.TableBegin, TableBeginRequest.Length + 1 },
        { MessageType.TableChunk, 4 },
        { MessageType.TableChunk, 4 + TableBeginRequest.MaxChunk + 1 },
        { MessageType.Read, 4 },
        { MessageType.ProgramLevel, ProgramLevelRequest.PrefixLength },
    };

    [Theory]
    [MemberData(nameof(WrongLengths))]
    public void A_command_whose_payload_length_is_not_in_its_row_gets_bad_payload_and_does_nothing(MessageType type, int length)
    {
        var h = new ControllerHarness();
        var (header, payload) = h.Send(type, new byte[length]);
        Assert.Equal(StatusCode.BadPayload, header.Status);
        Assert.True(header.Has(MessageFlags.Nack));
        Assert.Empty(payload);
        Assert.Equal(0, h.Analog.PulsesPerCell.Sum());
    }

    [Fact]
    public void A_malformed_abort_is_refused_like_any_command_and_a_well_formed_one_still_stops_the_job()
    {
        var h = new ControllerHarness();
        h.Send(MessageType.Sweep, SweepPayload(0, 1500, 100));
        Assert.Equal(StatusCode.BadPayload, h.Send(MessageType.Abort, [0]).Header.Status);
        Assert.True(h.Controller.JobRunning);
        Assert.Equal(StatusCode.Ok, h.Send(MessageType.Abort, []).Header.Status);
        Assert.False(h.Controller.JobRunning);
    }

    [Fact]
    public void The_length_check_comes_before_busy_and_unknown_ids_stay_unknown()
    {
        var h = new ControllerHarness();
        h.Send(MessageType.Sweep, SweepPayload(0, 1500, 100));
        Assert.Equal(StatusCode.BadPayload, h.Send(MessageType.Pulse, new byte[PulseRequest.Length + 1]).Header.Status);
        Assert.Equal(StatusCode.Busy, h.Send(MessageType.Pulse, PulsePayload(0, 2000, 800_000)).Header.Status);
        Assert.Equal(StatusCode.UnknownMessage, h.Send((MessageType)0x7E, new byte[3]).Header.Status);
        Assert.Equal(StatusCode.UnknownMessage, h.Send(MessageType.JobStream, []).Header.Status);
    }
}
