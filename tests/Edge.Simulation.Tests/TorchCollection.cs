// SPDX-License-Identifier: MIT
using Edge.Simulation.Native;

namespace Edge.Simulation.Tests;

/// <summary>
/// Every test that touches TorchSharp joins this collection: libtorch's thread pool and global RNG are shared, so the
/// tests run one at a time, and the Debian 12 native fix is applied before the first torch call.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TorchCollection : ICollectionFixture<TorchFixture>
{
    public const string Name = "Torch";
}

/// <summary>Applies the native-library fix once for the test run.</summary>
public sealed class TorchFixture
{
    public TorchFixture() => TorchNative.EnsureReady();
}
