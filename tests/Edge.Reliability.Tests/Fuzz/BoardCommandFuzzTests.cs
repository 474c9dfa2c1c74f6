// SPDX-License-Identifier: MIT
using CsCheck;
using Edge.Firmware.Safety;
using Edge.Firmware.Tests.Fakes;
using Edge.Reliability.Tests.Infrastructure;
using Edge.Shared.Protocol;
using Xunit;
using Xunit.Abstractions;

namespace Edge.Reliability.Tests.Fuzz;

/// <summary>
/// Campaign 4a (docs/reliability.md, "Fuzzing"): the frame decoder gets random byte streams, and every message parser
/// of the controller gets random and mutated commands inside frames with a valid CRC. The controller must answer each
/// command with a status, never throw, and never put a code beyond +-7.0 V on the DAC.
/// </summary>
public sealed class BoardCommandFuzzTests(ITestOutputHelper output)
{
    private static readonly int Sequences = CampaignScale.Pick(1_500, 50_000);

    [Fact]
    public void The_frame_decoder_survives_random_streams_and_accepts_only_frames_with_a_valid_crc()
    {
        long bytes = 0;
        long accepted = 0;
        Gen.Byte.Array[0, 2000].Sample(
            stream =>
            {
                var decoder = new FrameDecoder();
                foreach (byte b in stream)
                {
                    bytes++;
                    if (decoder.Push(b))
                    {
                        accepted++;
                        int crcAt = decoder.PayloadOffset + decoder.Header.PayloadLength;
                        uint crc = LittleEndian.ReadUInt32(decoder.FrameBuffer, crcAt);
                        if (Crc32.Compute(decoder.FrameBuffer, 0, crcAt) != crc)
                        {
                            return false;
                        }
                    }
                }

                return true;
            },
            iter: CampaignScale.Pick(20_000, 1_000_000),
            threads: 1);
        output.WriteLine($"[{CampaignScale.Form}] frame decoder: {bytes:N0} random bytes, frames accepted {accepted} (each with a valid CRC-32), exceptions 0");
    }

    [Fact]
    public void Every_fuzzed_command_is_answered_with_a_status_and_never_drives_beyond_the_hard_limits()
    {
        long commands = 0;
        long answered = 0;
        var statuses = new Dictionary<StatusCode, long>();
        long pulses = 0;
        int maxAllowed = int.MinValue;
        int minAllowed = int.MaxValue;
        CommandGen.Sequence(12).Sample(
            sequence =>
            {
                var h = new ControllerHarness(cells: 8);
                var codes = new DacCodeMap(h.Analog);
                codes.TryGetCode(HardLimits.MaxWriteMillivolts / 1000.0, HardLimits.MaxWriteMillivolts / 1000.0, out int top);
                codes.TryGetCode(-HardLimits.MaxWriteMillivolts / 1000.0, HardLimits.MaxWriteMillivolts / 1000.0, out int bottom);
                maxAllowed = top;
                minAllowed = bottom;
                if (sequence.WithTable)
                {
                    CommandGen.InstallTable(h);
                }

                foreach (var command in sequence.Commands)
                {
                    commands++;
                    var reply = h.Send(command.Type, command.Payload, jobSteps: command.JobSteps);
                    answered++;
                    statuses[reply.Header.Status] = statuses.GetValueOrDefault(reply.Header.Status) + 1;
                    if (!reply.Header.Has(MessageFlags.Ack | MessageFlags.Nack))
                    {
                        return false;
                    }
                }

                h.Controller.Poll(5000);
                pulses += h.Analog.PulsesPerCell.Sum();
                return h.Analog.MaxCodeSeen <= top && h.Analog.MinCodeSeen >= bottom;
            },
            iter: Sequences,
            threads: 1);
        output.WriteLine($"[{CampaignScale.Form}] controller: {Sequences} random sequences, {commands:N0} fuzzed commands (random and mutated payloads, every message type and unknown ones), answered {answered:N0}, exceptions 0, pulses applied {pulses:N0}, DAC codes within [{minAllowed}, {maxAllowed}] (+-7.0 V)");
        output.WriteLine("  statuses: " + string.Join(", ", statuses.OrderByDescending(p => p.Value).Select(p => $"{p.Key} {p.Value}")));
        Assert.Equal(commands, answered);
        Assert.True(statuses.Count > 8);
        Assert.True(pulses > 0);
    }
}
