// SPDX-License-Identifier: MIT
using Edge.Host.Link;

namespace Edge.Reliability.Tests.Infrastructure;

/// <summary>
/// A host that survives board reboots the way the deployment command does: on <see cref="BoardRebootedException"/> it
/// opens a new session on the same transport (HELLO learns the new session id) and repeats the interrupted step.
/// Each new session starts its seqs past the old ones, so no command can be mistaken for an earlier one.
/// </summary>
public sealed class ResilientHost(ITransport transport, SessionOptions? options = null) : IDisposable
{
    private ushort nextFirstSeq = 1;

    /// <summary>The present client (replaced after every reconnect).</summary>
    public BoardClient Client { get; private set; } = null!;

    /// <summary>Reboots the host noticed.</summary>
    public int RebootsSeen { get; private set; }

    /// <summary>Sessions opened.</summary>
    public int Sessions { get; private set; }

    /// <summary>Retransmissions over every session.</summary>
    public long Retransmissions { get; private set; }

    /// <summary>Commands over every session.</summary>
    public long Commands { get; private set; }

    /// <summary>Opens a (new) session.</summary>
    public void Reconnect()
    {
        while (true)
        {
            if (Client != null)
            {
                Retransmissions += Client.Session.Retransmissions;
                Commands += Client.Session.CommandsSent;
            }

            var session = new BoardSession(transport, options ?? BoardFixture.LossyOptions, nextFirstSeq);
            nextFirstSeq = (ushort)(nextFirstSeq + 4096 == 0 ? 1 : nextFirstSeq + 4096);
            Client = new BoardClient(session);
            Sessions++;
            try
            {
                session.Connect();
                return;
            }
            catch (BoardRebootedException)
            {
                RebootsSeen++;
            }
        }
    }

    /// <summary>Runs <paramref name="step"/> until it completes without a reboot in between; reconnects after each.</summary>
    public T Run<T>(Func<BoardClient, T> step)
    {
        if (Client == null)
        {
            Reconnect();
        }

        while (true)
        {
            try
            {
                return step(Client!);
            }
            catch (BoardRebootedException)
            {
                RebootsSeen++;
                Reconnect();
            }
        }
    }

    /// <summary>Totals including the present session.</summary>
    public (long Commands, long Retransmissions) Totals() =>
        (Commands + (Client?.Session.CommandsSent ?? 0), Retransmissions + (Client?.Session.Retransmissions ?? 0));

    /// <inheritdoc/>
    public void Dispose() => transport.Dispose();
}
