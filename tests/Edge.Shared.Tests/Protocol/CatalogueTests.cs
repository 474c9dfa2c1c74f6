// SPDX-License-Identifier: MIT
using System.Text;
using System.Text.RegularExpressions;
using Edge.Shared.Protocol;
using Xunit;

namespace Edge.Shared.Tests.Protocol;

public partial class CatalogueTests
{
    /// <summary>
    /// The pinned catalogue hash (also in docs/protocol.md). If this test fails, a message id or layout changed: that
    /// is a protocol change, so update docs/protocol.md and this value together, deliberately.
    /// </summary>
    public const uint PinnedHash = 0x74E63EE8;

    public static TheoryData<MessageType> AllMessageTypes => new(Enum.GetValues<MessageType>());

    [Theory]
    [MemberData(nameof(AllMessageTypes))]
    public void Definition_has_a_line_for_every_message_type_by_id_and_name(MessageType type)
    {
        string expectedStart = $"{(byte)type:X2} {UpperSnake(type.ToString())} ";
        Assert.Contains(Lines(), line => line.StartsWith(expectedStart, StringComparison.Ordinal));
    }

    [Fact]
    public void Definition_has_no_line_for_an_id_the_enum_lacks_and_no_id_twice()
    {
        var ids = Lines().Skip(1).Select(line => Convert.ToByte(line[..2], 16)).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.True(Enum.IsDefined((MessageType)id), $"catalogue id {id:X2} is not a MessageType"));
        Assert.Equal(Enum.GetValues<MessageType>().Length, ids.Count);
    }

    [Fact]
    public void Definition_is_ASCII_so_the_firmware_can_hash_it_without_Encoding()
    {
        Assert.All(Catalogue.Definition, c => Assert.InRange(c, (char)0x0A, (char)0x7E));
    }

    [Fact]
    public void Hash_is_the_CRC32_of_the_ASCII_definition_and_is_pinned()
    {
        uint expected = System.IO.Hashing.Crc32.HashToUInt32(Encoding.ASCII.GetBytes(Catalogue.Definition));
        Assert.Equal(expected, Catalogue.Hash);
        Assert.Equal(PinnedHash, Catalogue.Hash);
    }

    [Fact]
    public void Protocol_md_quotes_the_pinned_hash()
    {
        Assert.Contains($"0x{PinnedHash:X8}", RepoFiles.ReadText("docs/protocol.md"), StringComparison.Ordinal);
    }

    private static string[] Lines() => Catalogue.Definition.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static string UpperSnake(string pascal) => CapitalBoundary().Replace(pascal, "_$1").ToUpperInvariant();

    [GeneratedRegex("(?<=[a-z])([A-Z])")]
    private static partial Regex CapitalBoundary();
}
