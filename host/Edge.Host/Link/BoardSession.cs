// SPDX-License-Identifier: MIT
using System.Diagnostics;
using Edge.Analog.Errors;
using Edge.Shared.Protocol;
using Edge.Shared.Protocol.Messages;

namespace Edge.Host.Link;

/// <summary>
/// One conversation with a board: HELLO with version and catalogue-hash check, one command outstanding, retries with
/// the same seq (the board's reply cache answers a retry without executing twice), reboot detection through the session
/// id, and routing of unsolicited JOB_STREAM frames to a listener.
/// </summary>
public sealed class BoardSession : IDisposable
{
    private readonly ITransport transport;
    private readonly SessionOptions options;
    private readonly FrameDecoder decoder = new();
    private readonly FrameCodec codec = new();
    private readonly byte[] wire = new byte[FrameCodec.MaxWireLength];
    private readonly byte[] receive = new byte[1024];
    private int receiveOffset;
    private int receiveLength;
    private ushort nextSeq;

    /// <summary>Wraps a transport; call <see cref="Connect"/> next.</summary>
    public BoardSession(ITransport transport, SessionOptions options, ushort firstSeq = 0)
    {
        this.transport = transport;
        this.options = options;
        nextSeq = firstSeq != 0 ? firstSeq : (ushort)Random.Shared.Next(1, 65535);
    }

    /// <summary>The transport's description.</summary>
    public string Description => transport.Description;

    /// <summary>The transport.</summary>
    public ITransport Transport => transport;

    /// <summary>Timing options.</summary>
    public SessionOptions Options => options;

    /// <summary>The board's HELLO reply.</summary>
    public HelloReply Hello { get; private set; }

    /// <summary>The board's session id from HELLO.</summary>
    public ushort Session { get; private set; }

    /// <summary>Commands re-sent after a timeout.</summary>
    public long Retransmissions { get; private set; }

    /// <summary>Commands sent (first attempts).</summary>
    public long CommandsSent { get; private set; }

    /// <summary>Receives the payload of every JOB_STREAM frame.</summary>
    public Action<BoardReply>? StreamListener { get; set; }

    /// <summary>The receiver's counters (rejected frames show link quality).</summary>
    public FrameDecoder Decoder => decoder;

    /// <summary>Says HELLO and checks the board speaks this protocol and catalogue.</summary>
    public HelloReply Connect()
    {
        // Delimiters flush whatever partial frame the board's decoder holds from an earlier host.
        transport.Write(new byte[] { 0, 0 }, 0, 2);
        var payload = new byte[4];
        LittleEndian.WriteUInt32(payload, 0, Catalogue.Hash);
        Session = 0;
        BoardReply reply = Send(MessageType.Hello, payload, acceptAnySession: true);
        if (!HelloReply.TryRead(reply.Reader(), out var hello))
        {
            throw new EdgeException(ExitCode.ProtocolMismatch, $"{Description}: the HELLO reply is {reply.Payload.Length} bytes, expected {HelloReply.Length}: this is not an Edge board of this protocol version.");
        }

        if (hello.ProtocolVersion != FrameHeader.ProtocolVersion || reply.Header.Version != FrameHeader.ProtocolVersion)
        {
            throw new EdgeException(ExitCode.ProtocolMismatch, $"{Description}: the board speaks protocol v{hello.ProtocolVersion}, this host v{FrameHeader.ProtocolVersion}. Flash matching firmware or use a matching edge.");
        }

        if (hello.CatalogueHash != Catalogue.Hash)
        {
            throw new EdgeException(ExitCode.ProtocolMismatch, $"{Description}: the board's message catalogue hash is 0x{hello.CatalogueHash:X8}, this host's is 0x{Catalogue.Hash:X8}: the builds disagree on message layouts. Flash firmware built from the same Edge version.");
        }

        Hello = hello;
        Session = reply.Header.Session;
        return hello;
    }

    /// <summary>
    /// Sends a command and waits for its reply, retrying with the same seq. Nacks are returned (check
    /// <see cref="BoardReply.Status"/>); a dead link throws <see cref="EdgeException"/> (LinkFailed) and a changed session
    /// id throws <see cref="BoardRebootedException"/>.
    /// </summary>
    public BoardReply Send(MessageType type, byte[] payload, int? length = null, TimeSpan? extraTimeout = null, bool acceptAnySession = false)
    {
        int payloadLength = length ?? payload.Length;
        ushort seq = nextSeq++;
        var header = new FrameHeader
        {
            Version = FrameHeader.ProtocolVersion,
            Type = type,
            Flags = MessageFlags.AckRequest,
            Seq = seq,
            Session = Session,
        };
        int frameLength = codec.Encode(header, payload, 0, payloadLength, wire, 0);
        if (frameLength < 0)
        {
            throw new ArgumentException($"Payload of {payloadLength} bytes exceeds the {FrameCodec.MaxPayloadLength}-byte cap.", nameof(payload));
        }

        var frame = wire.AsSpan(0, frameLength).ToArray();
        TimeSpan timeout = options.ReplyTimeout + ((extraTimeout ?? TimeSpan.Zero) * options.WorkTimeoutScale);
        CommandsSent++;
        for (int attempt = 0; attempt <= options.Retries; attempt++)
        {
            if (attempt > 0)
            {
                Retransmissions++;
            }

            transport.Write(frame, 0, frame.Length);
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < timeout)
            {
                if (!TryReceive(timeout - clock.Elapsed, out var reply))
                {
                    break;
                }

                if (reply.Header.Has(MessageFlags.Stream))
                {
                    StreamListener?.Invoke(reply);
                    continue;
                }

                if (!reply.Header.Has(MessageFlags.Ack | MessageFlags.Nack) || reply.Header.Ack != seq || reply.Header.Type != type)
                {
                    continue; // a late reply to an earlier attempt or command
                }

                if (reply.Status == StatusCode.SessionMismatch || (!acceptAnySession && reply.Header.Session != Session))
                {
                    throw new BoardRebootedException(Description);
                }

                return reply;
            }
        }

        throw new EdgeException(ExitCode.LinkFailed, $"{Description}: no valid reply to {type} after {options.Retries + 1} attempts ({decoder.RejectedCrc + decoder.RejectedCobs + decoder.RejectedLength} corrupt frames seen). Check the cable, port and that an Edge board is running there.");
    }

    /// <summary>Sends and throws <see cref="EdgeException"/> (BoardRefused) unless the board says Ok.</summary>
    public BoardReply SendChecked(MessageType type, byte[] payload, int? length = null, TimeSpan? extraTimeout = null)
    {
        var reply = Send(type, payload, length, extraTimeout);
        if (reply.Status != StatusCode.Ok)
        {
            throw new EdgeException(ExitCode.BoardRefused, $"{Description}: board refused {type}: {StatusText.Describe(reply.Status)}. The board is in SAFE.");
        }

        return reply;
    }

    /// <inheritdoc/>
    public void Dispose() => transport.Dispose();

    private bool TryReceive(TimeSpan timeout, out BoardReply reply)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            while (receiveOffset < receiveLength)
            {
                if (decoder.Push(receive[receiveOffset++]))
                {
                    var payload = new byte[decoder.Header.PayloadLength];
                    Buffer.BlockCopy(decoder.FrameBuffer, decoder.PayloadOffset, payload, 0, payload.Length);
                    reply = new BoardReply(decoder.Header, payload);
                    return true;
                }
            }

            TimeSpan left = timeout - clock.Elapsed;
            if (left <= TimeSpan.Zero && clock.Elapsed > TimeSpan.Zero)
            {
                reply = null!;
                return false;
            }

            receiveOffset = 0;
            receiveLength = transport.Read(receive, 0, receive.Length, left > TimeSpan.Zero ? left : TimeSpan.Zero);
            if (receiveLength == 0 && clock.Elapsed >= timeout)
            {
                reply = null!;
                return false;
            }
        }
    }
}
