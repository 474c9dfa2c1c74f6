// SPDX-License-Identifier: MIT
using Xunit;

namespace Edge.Cli.Tests;

/// <summary>A fact that needs Debian's headless Chromium; skipped, saying how to install it, where it is missing.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    /// <summary>Where Debian installs the browser.</summary>
    public const string Path = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(Path))
        {
            Skip = $"needs a headless browser at {Path} (apt-get install chromium; .ci/run installs it)";
        }
    }
}
