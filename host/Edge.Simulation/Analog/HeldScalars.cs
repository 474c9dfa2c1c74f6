// SPDX-License-Identifier: MIT
using TorchSharp;

namespace Edge.Simulation.Analog;

/// <summary>
/// Scalars that live as long as the process: a static field keeps them reachable, so no finaliser can free their
/// native value during a call (docs/simulation.md, "Native Scalars"). Used for the alpha of 1 that TorchSharp's
/// <c>add(Tensor)</c> and <c>Tensor + Tensor</c> would otherwise create implicitly on every call.
/// </summary>
internal static class HeldScalars
{
    /// <summary>1.0, the alpha of a plain sum.</summary>
    public static readonly Scalar One = 1.0.ToScalar();
}
