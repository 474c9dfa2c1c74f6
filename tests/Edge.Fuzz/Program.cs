// SPDX-License-Identifier: MIT
using System.Text;
using Edge.Hardware.Board;
using Edge.Hardware.Device;
using Edge.Shared.Formats;
using Edge.Shared.Protocol;
using SharpFuzz;

namespace Edge.Fuzz;

/// <summary>
/// afl++ entry points (README.md). Each target reads one input and must either accept it or refuse it the documented
/// way; any other exception is a crash for afl++.
/// </summary>
public static class Program
{
    /// <summary>Runs the target named by the first argument under SharpFuzz's out-of-process afl++ driver.</summary>
    public static int Main(string[] args)
    {
        if (args.Length != 1 || !Targets.ContainsKey(args[0]))
        {
            Console.Error.WriteLine($"usage: Edge.Fuzz <{string.Join('|', Targets.Keys)}>   (run under afl-fuzz, see tests/Edge.Fuzz/README.md)");
            return 2;
        }

        var target = Targets[args[0]];
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            target(memory.ToArray());
        });
        return 0;
    }

    private static readonly Dictionary<string, Action<byte[]>> Targets = new()
    {
        ["frame-decoder"] = FrameDecoderTarget,
        ["table-set"] = TableSetTarget,
        ["device-file"] = DeviceFileTarget,
        ["controller"] = ControllerTarget,
    };

    /// <summary>Any byte stream: accepted frames must carry a valid CRC-32.</summary>
    private static void FrameDecoderTarget(byte[] data)
    {
        var decoder = new FrameDecoder();
        foreach (byte b in data)
        {
            if (decoder.Push(b))
            {
                int crcAt = decoder.PayloadOffset + decoder.Header.PayloadLength;
                if (Crc32.Compute(decoder.FrameBuffer, 0, crcAt) != LittleEndian.ReadUInt32(decoder.FrameBuffer, crcAt))
                {
                    throw new InvalidOperationException("a frame with a bad CRC was accepted");
                }
            }
        }
    }

    /// <summary>The board's table-set parser (the same code checks an uploaded image): a status, never an exception.</summary>
    private static void TableSetTarget(byte[] data)
    {
        TableSetCodec.TryParse(data, 0, data.Length, out _, out _);
    }

    /// <summary>The device-file parser: InvalidDataException is the documented refusal.</summary>
    private static void DeviceFileTarget(byte[] data)
    {
        try
        {
            DeviceParameters.Parse(Encoding.UTF8.GetString(data), "fuzz.json");
        }
        catch (InvalidDataException)
        {
        }
    }

    /// <summary>
    /// The controller on a small virtual board: the input is a host byte stream (frames are COBS-decoded and CRC-checked
    /// by the board itself, so afl++ mostly explores the frame layer unless seeded with valid frames: README.md). The
    /// board must never throw and never put more than 7.0 V on a cell.
    /// </summary>
    private static void ControllerTarget(byte[] data)
    {
        var board = new VirtualBoard(new VirtualBoardOptions { CellCount = 4 });
        board.ToBoard.Write(data, 0, data.Length);
        board.Pump(2000);
        if (board.Analog.MaxAppliedWriteVolts > 7.0 || board.Analog.HotSwitchEvents != 0)
        {
            throw new InvalidOperationException("a safety limit was broken");
        }
    }
}
