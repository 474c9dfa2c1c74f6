// SPDX-License-Identifier: MIT
using Edge.Simulation.Native;
using static TorchSharp.torch;

namespace Edge.Simulation.Tests.Native;

[Collection(TorchCollection.Name)]
public sealed class TorchNativeTests
{
    [Fact]
    public void Torch_loads_and_multiplies_after_the_fix()
    {
        var product = mm(ones(2, 3), ones(3, 4));
        Assert.Equal(3.0f, product[1, 2].item<float>());
        Assert.NotEqual("not checked", TorchNative.Status);
    }

    [Fact]
    public void Patched_library_marks_the_gcc13_requirement_weak_or_does_not_need_it()
    {
        var library = Path.Combine(AppContext.BaseDirectory, "libLibTorchSharp.so");
        var offsets = ElfVersionNeedPatcher.FindVernauxFlagOffsets(File.ReadAllBytes(library), TorchNative.MissingVersion);
        var again = ElfVersionNeedPatcher.MakeVersionWeak(library, TorchNative.MissingVersion);
        Assert.True(offsets.Count == 0 || again == ElfVersionNeedPatcher.Outcome.AlreadyWeak, TorchNative.Status);
    }

    [Fact]
    public void Patcher_rejects_a_file_that_is_not_elf64()
    {
        Assert.Throws<InvalidDataException>(() => ElfVersionNeedPatcher.FindVernauxFlagOffsets(new byte[64], "X"));
    }
}
