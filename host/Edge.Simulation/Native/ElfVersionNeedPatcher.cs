// SPDX-License-Identifier: MIT
using System.Buffers.Binary;
using System.Text;

namespace Edge.Simulation.Native;

/// <summary>
/// Marks one required symbol version of an ELF64 shared library as weak (<c>VER_FLG_WEAK</c>) in its
/// <c>.gnu.version_r</c> section, so the dynamic loader accepts a system library that lacks that version.
/// </summary>
/// <remarks>
/// Why: TorchSharp 0.107.0's <c>libLibTorchSharp.so</c> was linked by GCC 13, which records a requirement on
/// <c>GLIBCXX_3.4.32</c> for a single marker symbol (<c>_ZSt21ios_base_library_initv</c>, emitted by the GCC 13
/// iostream headers and never called). Debian 12's libstdc++ stops at <c>GLIBCXX_3.4.30</c>, so glibc's loader refuses
/// the library and TorchSharp reports a misleading "doesn't contain a reference to libtorch-cpu-linux-x64". glibc's
/// loader only reports a missing version as an error when the <c>Vernaux</c> entry is not flagged weak (dl-version.c),
/// so setting bit 0x2 on that entry is enough. The patch changes two bytes, is idempotent, and is a no-op when the flag
/// is already set. Layouts follow the System V gABI (ELF64 header, section headers) and the LSB (Verneed/Vernaux).
/// </remarks>
public static class ElfVersionNeedPatcher
{
    /// <summary>The <c>VER_FLG_WEAK</c> bit of <c>Vernaux.vna_flags</c> (LSB 5.0, "Version Requirements").</summary>
    public const ushort WeakFlag = 0x2;

    private const uint SectionTypeGnuVersionNeed = 0x6ffffffe; // SHT_GNU_verneed

    /// <summary>The outcome of <see cref="MakeVersionWeak"/>.</summary>
    public enum Outcome
    {
        /// <summary>The flag was set by this call.</summary>
        Patched,

        /// <summary>The entry was already weak (an earlier run patched it).</summary>
        AlreadyWeak,

        /// <summary>The library does not require that version: nothing to do.</summary>
        NotRequired,
    }

    /// <summary>Sets <see cref="WeakFlag"/> on every requirement of <paramref name="versionName"/> in the file.</summary>
    /// <exception cref="InvalidDataException">The file is not a little-endian ELF64 object.</exception>
    public static Outcome MakeVersionWeak(string libraryPath, string versionName)
    {
        var bytes = File.ReadAllBytes(libraryPath);
        var offsets = FindVernauxFlagOffsets(bytes, versionName);
        if (offsets.Count == 0)
        {
            return Outcome.NotRequired;
        }

        var changed = false;
        var patched = new byte[2];
        using var stream = new FileStream(libraryPath, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
        foreach (var flagOffset in offsets)
        {
            var flags = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(flagOffset));
            if ((flags & WeakFlag) != 0)
            {
                continue;
            }

            BinaryPrimitives.WriteUInt16LittleEndian(patched, (ushort)(flags | WeakFlag));
            stream.Position = flagOffset;
            stream.Write(patched);
            changed = true;
        }

        return changed ? Outcome.Patched : Outcome.AlreadyWeak;
    }

    /// <summary>File offsets of the <c>vna_flags</c> fields whose <c>vna_name</c> is <paramref name="versionName"/>.</summary>
    public static IReadOnlyList<int> FindVernauxFlagOffsets(ReadOnlySpan<byte> elf, string versionName)
    {
        // ELF64 header: e_ident[16] ("\x7fELF", class 2 = 64-bit, data 1 = little endian), e_shoff at 0x28,
        // e_shentsize at 0x3A, e_shnum at 0x3C.
        if (elf.Length < 0x40 || elf[0] != 0x7f || elf[1] != (byte)'E' || elf[2] != (byte)'L' || elf[3] != (byte)'F'
            || elf[4] != 2 || elf[5] != 1)
        {
            throw new InvalidDataException("not a little-endian ELF64 file");
        }

        var sectionTableOffset = checked((int)BinaryPrimitives.ReadUInt64LittleEndian(elf[0x28..]));
        int sectionEntrySize = BinaryPrimitives.ReadUInt16LittleEndian(elf[0x3A..]);
        int sectionCount = BinaryPrimitives.ReadUInt16LittleEndian(elf[0x3C..]);
        var result = new List<int>();
        for (var s = 0; s < sectionCount; s++)
        {
            // Elf64_Shdr: sh_type at +4, sh_offset at +0x18, sh_link at +0x28, sh_info (entry count) at +0x2C.
            var header = elf.Slice(sectionTableOffset + (s * sectionEntrySize), sectionEntrySize);
            if (BinaryPrimitives.ReadUInt32LittleEndian(header[4..]) != SectionTypeGnuVersionNeed)
            {
                continue;
            }

            var needOffset = checked((int)BinaryPrimitives.ReadUInt64LittleEndian(header[0x18..]));
            var stringSection = (int)BinaryPrimitives.ReadUInt32LittleEndian(header[0x28..]);
            var needCount = (int)BinaryPrimitives.ReadUInt32LittleEndian(header[0x2C..]);
            var stringHeader = elf.Slice(sectionTableOffset + (stringSection * sectionEntrySize), sectionEntrySize);
            var stringsOffset = checked((int)BinaryPrimitives.ReadUInt64LittleEndian(stringHeader[0x18..]));
            CollectMatches(elf, needOffset, needCount, stringsOffset, versionName, result);
        }

        return result;
    }

    private static void CollectMatches(
        ReadOnlySpan<byte> elf, int needOffset, int needCount, int stringsOffset, string versionName, List<int> result)
    {
        var entry = needOffset;
        for (var n = 0; n < needCount; n++)
        {
            // Elf64_Verneed: vn_version u16, vn_cnt u16, vn_file u32, vn_aux u32, vn_next u32.
            int auxCount = BinaryPrimitives.ReadUInt16LittleEndian(elf[(entry + 2)..]);
            var aux = entry + (int)BinaryPrimitives.ReadUInt32LittleEndian(elf[(entry + 8)..]);
            for (var a = 0; a < auxCount; a++)
            {
                // Elf64_Vernaux: vna_hash u32, vna_flags u16, vna_other u16, vna_name u32, vna_next u32.
                var nameOffset = stringsOffset + (int)BinaryPrimitives.ReadUInt32LittleEndian(elf[(aux + 8)..]);
                if (ReadCString(elf, nameOffset) == versionName)
                {
                    result.Add(aux + 4);
                }

                aux += (int)BinaryPrimitives.ReadUInt32LittleEndian(elf[(aux + 12)..]);
            }

            var next = (int)BinaryPrimitives.ReadUInt32LittleEndian(elf[(entry + 12)..]);
            if (next == 0)
            {
                break;
            }

            entry += next;
        }
    }

    private static string ReadCString(ReadOnlySpan<byte> elf, int offset)
    {
        var end = elf[offset..].IndexOf((byte)0);
        return Encoding.ASCII.GetString(end < 0 ? elf[offset..] : elf.Slice(offset, end));
    }
}
