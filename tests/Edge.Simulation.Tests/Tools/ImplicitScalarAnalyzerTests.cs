// SPDX-License-Identifier: MIT
using System.Collections.Immutable;
using Edge.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Edge.Simulation.Tests.Tools;

/// <summary>The analyzer that keeps implicit TorchSharp Scalars out of Edge, run on small programs.</summary>
public sealed class ImplicitScalarAnalyzerTests
{
    [Theory]
    [InlineData("t.mul(2.0)", "2.0")]
    [InlineData("t.clamp_min(-1.0)", "-1.0")]
    [InlineData("t.add_(t, alpha: rate)", "rate")]
    [InlineData("t * rate", "t * rate")]
    public void Reports_numbers_that_become_Scalars_implicitly(string expression, string reported)
    {
        var diagnostics = Analyse($"var r = {expression};");
        var diagnostic = Assert.Single(diagnostics, d => d.Id == ImplicitScalarAnalyzer.Id);
        Assert.Contains($"'{reported}'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("var r = t.add_(t);", "t.add_(t)")]
    [InlineData("var r = t + t;", "t + t")]
    [InlineData("var r = t.square();", "t.square()")]
    public void Reports_members_that_create_a_Scalar_inside_TorchSharp(string statements, string reported)
    {
        var diagnostic = Assert.Single(Analyse(statements), d => d.Id == ImplicitScalarAnalyzer.InternalId);
        Assert.Contains($"'{reported}'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("using var one = 1.0.ToScalar(); var r = t.add_(t, alpha: one);")]
    [InlineData("using var s = rate.ToScalar(); var r = t.mul(s);")]
    [InlineData("var r = t * t;")]
    [InlineData("var r = t.sum(dim: 0);")]
    public void Accepts_explicit_Scalars_and_tensor_arithmetic(string statements)
    {
        Assert.DoesNotContain(Analyse(statements), d => d.Id is ImplicitScalarAnalyzer.Id or ImplicitScalarAnalyzer.InternalId);
    }

    private static ImmutableArray<Diagnostic> Analyse(string statements)
    {
        var source = $$"""
            using TorchSharp;
            using static TorchSharp.torch;
            public static class Probe
            {
                public static void Run(Tensor t, double rate)
                {
                    {{statements}}
                }
            }
            """;
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Append(typeof(TorchSharp.torch).Assembly.Location)
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            "probe",
            [CSharpSyntaxTree.ParseText(source)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        return compilation.WithAnalyzers([new ImplicitScalarAnalyzer()]).GetAnalyzerDiagnosticsAsync().Result;
    }
}
