// SPDX-License-Identifier: MIT
using System.Runtime.InteropServices;
using TorchSharp;
using static TorchSharp.torch;

namespace Edge.Simulation.Analog;

/// <summary>
/// Spans over tensor memory, so the program-error sampler writes straight into the device tensors (no copies).
/// Only for contiguous CPU tensors of the matching dtype; the tensor must stay alive while the span is used.
/// </summary>
public static class TensorSpans
{
    /// <summary>The float32 elements of <paramref name="tensor"/>.</summary>
    public static Span<float> Floats(Tensor tensor)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        if (tensor.dtype != ScalarType.Float32 || !tensor.is_contiguous() || tensor.device_type != DeviceType.CPU)
        {
            throw new ArgumentException("expected a contiguous float32 CPU tensor", nameof(tensor));
        }

        // Tensor.bytes is a span over the tensor's own CPU storage (TorchSharp wraps THSTensor_data), not a copy.
        return MemoryMarshal.Cast<byte, float>(tensor.bytes);
    }
}
