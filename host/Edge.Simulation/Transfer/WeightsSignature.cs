// SPDX-License-Identifier: MIT
namespace Edge.Simulation.Transfer;

/// <summary>
/// Recognises a weights file by its first bytes before a loader reads it, so a file of the wrong kind is named as such
/// instead of surfacing the loader's guess (TorchSharp calls any non-zip .pt "the old PyTorch format").
/// </summary>
internal static class WeightsSignature
{
    /// <summary>What is wrong with the file's kind for its extension, or null when it starts like one.</summary>
    public static string? Problem(string path, string extension)
    {
        var head = new byte[9];
        int read;
        long length;
        using (var stream = File.OpenRead(path))
        {
            length = stream.Length;
            read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }

        switch (extension)
        {
            case ".pt" or ".pth" or ".bin":
                // torch.save writes a zip archive since PyTorch 1.6; before that a pickle stream (protocol byte 0x80).
                if (read >= 4 && head[0] == (byte)'P' && head[1] == (byte)'K' && head[2] == 3 && head[3] == 4)
                {
                    return null;
                }

                return read >= 1 && head[0] == 0x80
                    ? "was written by PyTorch's legacy (before 1.6) torch.save format, which cannot be read here; re-save it with torch.save(model.state_dict(), PATH) from PyTorch 1.6 or later, or as .safetensors."
                    : "is not a PyTorch file: torch.save writes a zip archive (starting with 'PK'), and this file does not start like one.";
            case ".safetensors":
                // An 8-byte little-endian header length, then the JSON header.
                ulong header = read >= 8 ? BitConverter.ToUInt64(head, 0) : 0;
                return read == head.Length && header >= 2 && header <= (ulong)(length - 8) && head[8] == (byte)'{'
                    ? null
                    : "is not a safetensors file: it must start with an 8-byte header length and a JSON header.";
            default:
                return null;
        }
    }
}
