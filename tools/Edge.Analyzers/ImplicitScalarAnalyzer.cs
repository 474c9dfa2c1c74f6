// SPDX-License-Identifier: MIT
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Edge.Analyzers;

/// <summary>
/// Reports every implicit conversion of a number to <c>TorchSharp.Scalar</c>. Such a Scalar owns a native
/// <c>at::Scalar</c> that only its finaliser frees; once TorchSharp has read its handle for a native call nothing keeps
/// the managed object alive, so a collection during the call can free the native value while libtorch still reads it
/// ("Expected false to be true ... toFloat at c10/core/Scalar.h"). Edge creates every Scalar with <c>ToScalar()</c> in a
/// <c>using</c> (or a field disposed with its owner), which keeps it alive until the call has returned. TorchSharp's
/// own arithmetic operators with a number (<c>tensor * 2.0</c>) convert inside TorchSharp the same way, so they are
/// reported too.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ImplicitScalarAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The diagnostic id.</summary>
    public const string Id = "EDGE0001";

    private static readonly DiagnosticDescriptor Rule = new(
        Id,
        "Implicit TorchSharp Scalar",
        "'{0}' becomes a TorchSharp Scalar implicitly; its native value is freed by the finaliser and can race the native call: create it with ToScalar() in a using and pass that",
        "Reliability",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: "https://github.com/dotnet/TorchSharp/pull/1434");

    /// <summary>The diagnostic id for a TorchSharp member that creates a Scalar inside TorchSharp.</summary>
    public const string InternalId = "EDGE0002";

    private static readonly DiagnosticDescriptor InternalRule = new(
        InternalId,
        "TorchSharp member that creates a Scalar implicitly inside TorchSharp",
        "'{0}' creates a TorchSharp Scalar inside TorchSharp that only the finaliser frees: use the overload that takes an explicit Scalar, such as add_(t, alpha: one), held in a using",
        "Reliability",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: "https://github.com/dotnet/TorchSharp/pull/1496");

    private static readonly ImmutableHashSet<string> InternalMembers = ImmutableHashSet.CreateRange(TorchSharpScalarMembers.Names);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule, InternalRule);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(Analyse, OperationKind.Conversion);
        context.RegisterOperationAction(AnalyseOperator, OperationKind.Binary, OperationKind.CompoundAssignment);
        context.RegisterOperationAction(AnalyseInvocation, OperationKind.Invocation, OperationKind.ObjectCreation);
    }

    private static void AnalyseInvocation(OperationAnalysisContext context)
    {
        var method = context.Operation switch
        {
            IInvocationOperation invocation => invocation.TargetMethod,
            IObjectCreationOperation creation => creation.Constructor,
            _ => null,
        };
        if (method is not null && IsTorchSharp(method.ContainingType) && InternalMembers.Contains(Signature(method.OriginalDefinition)))
        {
            context.ReportDiagnostic(Diagnostic.Create(InternalRule, context.Operation.Syntax.GetLocation(), context.Operation.Syntax.ToString()));
        }
    }

    /// <summary>Namespace.Type.Member(ParameterTypeNames), the form of <see cref="TorchSharpScalarMembers"/> (reflection's names).</summary>
    private static string Signature(IMethodSymbol method)
    {
        var type = method.ContainingType;
        var typeName = type.MetadataName;
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            typeName = outer.MetadataName + "." + typeName;
        }

        var parameters = string.Join(",", method.Parameters.Select(p => TypeName(p.Type)));
        return $"{type.ContainingNamespace.ToDisplayString()}.{typeName}.{method.MetadataName}({parameters})";
    }

    private static string TypeName(ITypeSymbol type) => type is IArrayTypeSymbol array ? TypeName(array.ElementType) + "[]" : type.MetadataName;

    private static void AnalyseOperator(OperationAnalysisContext context)
    {
        var method = context.Operation switch
        {
            IBinaryOperation binary => binary.OperatorMethod,
            ICompoundAssignmentOperation compound => compound.OperatorMethod,
            _ => null,
        };
        if (method is null || !IsTorchSharp(method.ContainingType))
        {
            return;
        }

        var rule = method.Parameters.Any(p => IsNumber(p.Type)) ? Rule
            : InternalMembers.Contains(Signature(method.OriginalDefinition)) ? InternalRule
            : null;
        if (rule is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(rule, context.Operation.Syntax.GetLocation(), context.Operation.Syntax.ToString()));
        }
    }

    private static bool IsTorchSharp(INamedTypeSymbol? type)
    {
        for (var space = type?.ContainingNamespace; space is not null && !space.IsGlobalNamespace; space = space.ContainingNamespace)
        {
            if (space.Name == "TorchSharp" && space.ContainingNamespace.IsGlobalNamespace)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNumber(ITypeSymbol type) => type.SpecialType is SpecialType.System_Double or SpecialType.System_Single
        or SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_Int16 or SpecialType.System_Byte
        or SpecialType.System_SByte or SpecialType.System_Boolean;

    private static void Analyse(OperationAnalysisContext context)
    {
        var conversion = (IConversionOperation)context.Operation;
        if (conversion.IsImplicit
            && conversion.OperatorMethod is not null
            && conversion.Type is { Name: "Scalar", ContainingNamespace: { Name: "TorchSharp", ContainingNamespace.IsGlobalNamespace: true } })
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, conversion.Operand.Syntax.GetLocation(), conversion.Operand.Syntax.ToString()));
        }
    }
}
