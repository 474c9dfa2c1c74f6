// SPDX-License-Identifier: MIT
using Xunit;
using Xunit.Abstractions;

namespace Edge.Firmware.Tests.NanoCheck;

/// <summary>
/// The firmware-safe sources (shared, core, drivers) compiled against nanoFramework's mscorlib only
/// (firmware/Edge.Firmware.NanoCheck, built before this project): the output must be loadable by stable firmware.
/// </summary>
public class NanoAssemblyTests(ITestOutputHelper output)
{
    [Fact]
    public void Compile_check_output_exists_for_this_configuration()
    {
        Assert.True(File.Exists(NanoCheckPaths.AssemblyPath), "missing " + NanoCheckPaths.AssemblyPath + ": build firmware/Edge.Firmware.NanoCheck");
    }

    [Fact]
    public void References_only_mscorlib_and_has_no_generic_metadata_rows()
    {
        Assert.Empty(NanoMetadataCheck.Violations(NanoCheckPaths.AssemblyPath));

        // Non-generic TypeSpec rows (e.g. the byte[] element type of a jagged array) are allowed; report how many.
        output.WriteLine($"TypeSpec rows (all non-generic): {NanoMetadataCheck.TypeSpecRows(NanoCheckPaths.AssemblyPath)}");
    }

    [Fact]
    public void Compiles_against_the_mscorlib_of_nanoFramework_CoreLibrary_1_17_11()
    {
        string mscorlib = NanoCheckPaths.RestoredMscorlibPath(out string restoredVersion);
        Assert.Equal(NanoCheckPaths.CoreLibraryVersion, restoredVersion);
        Assert.True(File.Exists(mscorlib), mscorlib);

        var package = NanoMetadataCheck.Mscorlib(mscorlib);
        var referenced = NanoMetadataCheck.Mscorlib(NanoCheckPaths.AssemblyPath);
        output.WriteLine($"package mscorlib {package.Version} token {package.PublicKeyToken}; referenced {referenced.Version} token {referenced.PublicKeyToken}");
        Assert.Equal(package.Version, referenced.Version);
        Assert.Equal(package.PublicKeyToken, referenced.PublicKeyToken);

        // A desktop mscorlib/netstandard facade would be 4.0.0.0 or 2.0.0.0 with the Microsoft token: not this one.
        Assert.NotEqual("B77A5C561934E089", referenced.PublicKeyToken);
    }

    [Fact]
    public void The_metadata_check_reports_generics_and_foreign_references_in_an_ordinary_assembly()
    {
        // This test assembly defines a generic method, calls generic methods and instantiates List<string>, and it
        // references System.Runtime: every kind of violation must show.
        Assert.Equal(3, Same(3));
        var violations = NanoMetadataCheck.Violations(typeof(NanoAssemblyTests).Assembly.Location);
        Assert.Contains(violations, v => v.StartsWith("references System.Runtime", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("GenericParam", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("MethodSpec", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("TypeSpec", StringComparison.Ordinal) && v.EndsWith("generic rows", StringComparison.Ordinal));
    }

    [Fact]
    public void A_generic_collection_in_firmware_code_breaks_the_compile_check_with_CS0234()
    {
        using var probe = new ProbeBuild(
            "namespace Probe { public static class UsesList { public static int Count() { var cells = new System.Collections.Generic.List<int>(); return cells.Count; } } }\n");
        var (exitCode, text, elapsed) = probe.Run();
        output.WriteLine($"probe build: exit {exitCode} in {elapsed.TotalSeconds:F1} s");
        Assert.NotEqual(0, exitCode);
        Assert.Contains("error CS0234", text, StringComparison.Ordinal);
        Assert.Contains("System.Collections", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_user_defined_generic_compiles_but_the_metadata_check_catches_it()
    {
        using var probe = new ProbeBuild(
            "namespace Probe { public static class Generic { public static T Same<T>(T value) { return value; } public static int Use() { return Same(3); } } }\n");
        var (exitCode, text, elapsed) = probe.Run();
        output.WriteLine($"probe build: exit {exitCode} in {elapsed.TotalSeconds:F1} s");
        Assert.True(exitCode == 0, text);
        var violations = NanoMetadataCheck.Violations(probe.OutputAssembly);
        Assert.Contains(violations, v => v.StartsWith("GenericParam", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("MethodSpec", StringComparison.Ordinal));
    }

    private static T Same<T>(T value) => value;
}
