// SPDX-License-Identifier: MIT
using Edge.Shared.Protocol;
using Xunit;

namespace Edge.Cli.Tests.Commands.Board;

public sealed class BoardServeRestartTests
{
    [Fact]
    public void A_restarted_board_serve_has_a_new_session_the_same_board_id_and_refuses_the_old_session()
    {
        var sessions = new List<ushort>();
        var boardIds = new List<uint>();
        for (int restart = 0; restart < 3; restart++)
        {
            using var served = new ServedBoard(2, "--cells-count", "8");
            if (sessions.Count > 0)
            {
                // A host still holding the previous server's session learns of the restart from the refusal.
                Assert.Equal(StatusCode.SessionMismatch, served.SendRaw(MessageType.Status, sessions[^1], []).Status);
            }

            using var client = served.Connect();
            sessions.Add(client.Session.Session);
            boardIds.Add(client.Hello.BoardId);
        }

        Assert.Equal(3, sessions.Distinct().Count());
        Assert.Single(boardIds.Distinct());
    }
}
