// SPDX-License-Identifier: MIT
using Edge.Analog.Errors;
using TorchSharp;
using TorchSharp.PyBridge;
using static TorchSharp.torch;

namespace Edge.Simulation.Transfer;

/// <summary>
/// Loads trained weights into a model: a TorchSharp checkpoint (<c>module.save</c>, any other extension), or a PyTorch
/// <c>state_dict</c> saved with <c>torch.save</c> (.pt/.pth/.bin) or as .safetensors (via TorchSharp.PyBridge).
/// Parameter names must be TorchVision/PyTorch's (fc1.weight, layer1.0.conv1.weight, ...).
/// </summary>
public static class WeightsFile
{
    /// <summary>Loads <paramref name="path"/> into <paramref name="model"/>; a missing file or a mismatch is an <see cref="EdgeException"/>.</summary>
    public static void Load(nn.Module model, string path, string modelName)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!File.Exists(path))
        {
            throw new EdgeException(ExitCode.BadInput, $"--weights {path}: file not found.");
        }

        Edge.Analog.Formats.RunProvenance.Current.AddInput("weights", path);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (WeightsSignature.Problem(path, extension) is string problem)
        {
            throw new EdgeException(ExitCode.BadInput, $"--weights {path}: {problem}");
        }

        try
        {
            switch (extension)
            {
                case ".pt" or ".pth" or ".bin":
                    model.load_py(path, strict: true);
                    break;
                case ".safetensors":
                    model.load_safetensors(path, strict: true);
                    break;
                default:
                    model.load(path, strict: true);
                    break;
            }
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or IOException or InvalidDataException
                                       or NotImplementedException or KeyNotFoundException or FormatException or EndOfStreamException)
        {
            throw new EdgeException(
                ExitCode.BadInput,
                $"--weights {path}: does not fit model {modelName} ({ex.Message}). Expected the state dict of exactly this "
                + "architecture with the same parameter names and shapes: a TorchSharp checkpoint (weights.dat of 'edge simulate transfer "
                + $"--model {modelName}'), a PyTorch state_dict (.pt/.pth) or .safetensors.",
                ex);
        }
    }
}
