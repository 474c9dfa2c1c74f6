// SPDX-License-Identifier: MIT
using Edge.Shared.Protocol;

namespace Edge.Host.Link;

/// <summary>A decoded reply: its header and a copy of its payload.</summary>
public sealed record BoardReply(FrameHeader Header, byte[] Payload)
{
    /// <summary>The reply's status.</summary>
    public StatusCode Status => Header.Status;

    /// <summary>A reader over the payload.</summary>
    public PayloadReader Reader() => new(Payload, 0, Payload.Length);
}
