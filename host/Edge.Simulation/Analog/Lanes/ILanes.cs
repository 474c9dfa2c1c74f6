// SPDX-License-Identifier: MIT
namespace Edge.Simulation.Analog.Lanes;

/// <summary>
/// The vector operations the read-noise ADC kernel uses, at one register width, so one kernel serves 512-, 256- and
/// 128-bit hardware (the JIT specialises generic code over these structs and inlines every member). The three
/// implementations are the same one-line forwards at three widths: .NET's own interface over Vector128/256/512
/// (ISimdVector) is not public.
/// </summary>
/// <typeparam name="TF">The float vector.</typeparam>
/// <typeparam name="TU">The 32-bit integer vector of the same width.</typeparam>
internal interface ILanes<TF, TU>
    where TF : struct
    where TU : struct
{
    /// <summary>Gets the lanes per vector.</summary>
    static abstract int Count { get; }

    /// <summary>Gets a value indicating whether this width runs on vector hardware here.</summary>
    static abstract bool IsAccelerated { get; }

    static abstract unsafe TF Load(float* source);

    static abstract unsafe void Store(TF value, float* destination);

    static abstract TF Broadcast(float value);

    static abstract TU Broadcast(uint value);

    static abstract TU Create(ReadOnlySpan<uint> lanes);

    static abstract TF Add(TF a, TF b);

    static abstract TF Subtract(TF a, TF b);

    static abstract TF Multiply(TF a, TF b);

    static abstract TF Divide(TF a, TF b);

    /// <summary>a b + c with one rounding.</summary>
    static abstract TF MultiplyAdd(TF a, TF b, TF c);

    static abstract TF Abs(TF a);

    /// <summary>The larger of each pair of lanes (NaN if either is NaN, as torch's amax).</summary>
    static abstract TF Max(TF a, TF b);

    static abstract TF Sqrt(TF a);

    /// <summary>To nearest, ties to even (as torch.round).</summary>
    static abstract TF Round(TF a);

    static abstract TF Clamp(TF a, TF low, TF high);

    static abstract TU Add(TU a, TU b);

    static abstract TU Subtract(TU a, TU b);

    static abstract TU And(TU a, TU b);

    static abstract TU Or(TU a, TU b);

    static abstract TU Xor(TU a, TU b);

    static abstract TU ShiftLeft(TU a, int count);

    static abstract TU ShiftRightLogical(TU a, int count);

    /// <summary>The lanes read as signed integers, shifted right with sign extension.</summary>
    static abstract TU ShiftRightArithmetic(TU a, int count);

    /// <summary>The lanes read as signed integers, converted to float.</summary>
    static abstract TF ToSingle(TU a);

    /// <summary>The float lanes' bits.</summary>
    static abstract TU Bits(TF a);

    /// <summary>Bits read as float lanes.</summary>
    static abstract TF FromBits(TU a);
}
