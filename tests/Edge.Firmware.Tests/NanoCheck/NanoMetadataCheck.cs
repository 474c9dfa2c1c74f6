// SPDX-License-Identifier: MIT
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace Edge.Firmware.Tests.NanoCheck;

/// <summary>
/// What the nanoFramework runtime cannot load, read from an assembly's metadata: any reference other than mscorlib,
/// and any generic metadata (GenericParam: a generic type or method is defined; MethodSpec: a generic method is
/// instantiated; TypeSpec: a generic type is instantiated). Stable nanoFramework firmware has no generics support, and
/// the C# compiler accepts user-defined generics against its mscorlib, so only this check catches them.
/// </summary>
internal static class NanoMetadataCheck
{
    public static IReadOnlyList<string> Violations(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        MetadataReader md = pe.GetMetadataReader();
        var violations = new List<string>();
        foreach (AssemblyReferenceHandle handle in md.AssemblyReferences)
        {
            string name = md.GetString(md.GetAssemblyReference(handle).Name);
            if (name != "mscorlib")
            {
                violations.Add("references " + name);
            }
        }

        foreach (TableIndex table in new[] { TableIndex.GenericParam, TableIndex.MethodSpec })
        {
            int rows = md.GetTableRowCount(table);
            if (rows != 0)
            {
                violations.Add($"{table}: {rows} rows");
            }
        }

        // TypeSpec rows also describe non-generic constructed types (a jagged array's element type byte[], an array
        // type used in a cast), which .NET Micro Framework and nanoFramework have always supported; only a TypeSpec
        // whose signature instantiates a generic type or names a generic parameter is a generic row.
        int genericTypeSpecs = Enumerable.Range(1, md.GetTableRowCount(TableIndex.TypeSpec))
            .Count(row => md.GetTypeSpecification(MetadataTokens.TypeSpecificationHandle(row)).DecodeSignature(GenericSignatureProbe.Instance, null));
        if (genericTypeSpecs != 0)
        {
            violations.Add($"TypeSpec: {genericTypeSpecs} generic rows");
        }

        return violations;
    }

    /// <summary>All TypeSpec rows, generic or not (reported for diagnostics).</summary>
    public static int TypeSpecRows(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        return pe.GetMetadataReader().GetTableRowCount(TableIndex.TypeSpec);
    }

    /// <summary>Version and public key token of the assembly's mscorlib reference (or of mscorlib itself).</summary>
    public static (Version Version, string PublicKeyToken) Mscorlib(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        MetadataReader md = pe.GetMetadataReader();
        if (md.IsAssembly && md.GetString(md.GetAssemblyDefinition().Name) == "mscorlib")
        {
            AssemblyDefinition def = md.GetAssemblyDefinition();
            byte[] key = md.GetBlobBytes(def.PublicKey);
            return (def.Version, key.Length == 0 ? string.Empty : TokenOf(key));
        }

        AssemblyReference reference = md.AssemblyReferences.Select(md.GetAssemblyReference).Single(r => md.GetString(r.Name) == "mscorlib");
        return (reference.Version, Convert.ToHexString(md.GetBlobBytes(reference.PublicKeyOrToken)));
    }

    /// <summary>The public key token: the last 8 bytes of the SHA-1 of the public key, reversed (ECMA-335 II.6.3).</summary>
    private static string TokenOf(byte[] publicKey)
    {
#pragma warning disable CA5350 // SHA-1 is what ECMA-335 defines for public key tokens; not used for security here.
        byte[] hash = System.Security.Cryptography.SHA1.HashData(publicKey);
#pragma warning restore CA5350
        return Convert.ToHexString(hash[^8..].Reverse().ToArray());
    }

    /// <summary>Decodes a signature to "does it involve generics?".</summary>
    private sealed class GenericSignatureProbe : ISignatureTypeProvider<bool, object?>
    {
        public static readonly GenericSignatureProbe Instance = new();

        public bool GetArrayType(bool elementType, ArrayShape shape) => elementType;

        public bool GetByReferenceType(bool elementType) => elementType;

        public bool GetFunctionPointerType(MethodSignature<bool> signature) => signature.ReturnType || signature.ParameterTypes.Any(p => p);

        public bool GetGenericInstantiation(bool genericType, System.Collections.Immutable.ImmutableArray<bool> typeArguments) => true;

        public bool GetGenericMethodParameter(object? genericContext, int index) => true;

        public bool GetGenericTypeParameter(object? genericContext, int index) => true;

        public bool GetModifiedType(bool modifier, bool unmodifiedType, bool isRequired) => modifier || unmodifiedType;

        public bool GetPinnedType(bool elementType) => elementType;

        public bool GetPointerType(bool elementType) => elementType;

        public bool GetPrimitiveType(PrimitiveTypeCode typeCode) => false;

        public bool GetSZArrayType(bool elementType) => elementType;

        public bool GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => false;

        public bool GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => false;

        public bool GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
            reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);
    }
}
