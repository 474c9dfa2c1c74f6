// SPDX-License-Identifier: MIT
using Edge.Firmware.Hal;
using Edge.Firmware.Io;
using Edge.Firmware.Jobs;
using Edge.Firmware.Link;
using Edge.Firmware.Tables;
using Edge.Shared.Formats;
using Edge.Shared.Protocol;
using Edge.Shared.Protocol.Messages;

namespace Edge.Firmware
{
    /// <summary>
    /// The controller core: it owns no hardware (everything is handed in) and is driven by the entry point calling
    /// <see cref="Poll"/> in a loop. Each call reads the link, answers commands, and runs the current job one pulse at a
    /// time, reading the link between any two pulses so ABORT and heartbeats are honoured. Nothing here allocates after
    /// construction except a table commit.
    /// </summary>
    public sealed partial class BoardController
    {
        private readonly CellIo io;
        private readonly TableStore tables;
        private readonly IByteLink link;
        private readonly IClock deviceClock;
        private readonly IClock linkClock;
        private readonly BoardIdentity identity;
        private readonly FrameDecoder decoder = new FrameDecoder();
        private readonly FrameCodec codec = new FrameCodec();
        private readonly byte[] receiveBuffer = new byte[64];
        private readonly byte[] wire = new byte[FrameCodec.MaxWireLength];
        private readonly byte[] payload = new byte[FrameCodec.MaxPayloadLength];
        private readonly PayloadWriter writer;
        private readonly PayloadReader reader;
        private readonly ReplyCache cache = new ReplyCache(FrameCodec.MaxWireLength);
        private readonly JobRecordBuffer records = new JobRecordBuffer();
        private readonly SweepJob sweep;
        private readonly FfpRunJob ffpRun;
        private readonly ProgramLevelJob programLevel;
        private readonly FfpSeekJob seekJob;
        private IJob job;
        private MessageType jobType;
        private StatusCode jobStatus = StatusCode.Ok;
        private int jobId;
        private int jobPulses;
        private int jobPlanned;
        private int streamed;
        private ushort boardSeq;
        private long lastHostFrameMs;

        /// <summary>Wires the core, loads the table store and leaves the hardware in SAFE.</summary>
        public BoardController(CellIo io, TableStore tables, IByteLink link, IClock deviceClock, IClock linkClock, BoardIdentity identity)
        {
            this.io = io;
            this.tables = tables;
            this.link = link;
            this.deviceClock = deviceClock;
            this.linkClock = linkClock;
            this.identity = identity;
            writer = new PayloadWriter(payload);
            reader = new PayloadReader(payload, 0, 0);
            sweep = new SweepJob(io, records);
            ffpRun = new FfpRunJob(io, records);
            programLevel = new ProgramLevelJob(io, records);
            seekJob = new FfpSeekJob(io, records);
            io.EnterSafe();
            tables.ArrayCells = io.CellCount;
            tables.Boot();
            State = BoardState.Safe;
            LastFault = StatusCode.Ok;
        }

        /// <summary>Current state.</summary>
        public BoardState State { get; private set; }

        /// <summary>The fault that last forced SAFE.</summary>
        public StatusCode LastFault { get; private set; }

        /// <summary>True while a job runs.</summary>
        public bool JobRunning
        {
            get { return job != null; }
        }

        /// <summary>The frame decoder (its counters show link quality).</summary>
        public FrameDecoder Decoder
        {
            get { return decoder; }
        }

        /// <summary>
        /// Reads what the link has, answers it, then runs up to <paramref name="maxJobSteps"/> job steps (one pulse
        /// each), reading the link before every step after the first.
        /// </summary>
        public void Poll(int maxJobSteps)
        {
            Receive();
            for (int i = 0; i < maxJobSteps && job != null; i++)
            {
                if (i > 0)
                {
                    Receive();
                    if (job == null)
                    {
                        break;
                    }
                }

                if (linkClock.NowMs - lastHostFrameMs > HardLimits.HeartbeatTimeoutMs)
                {
                    StopJob(StatusCode.HeartbeatLost, true);
                    break;
                }

                bool more = job.Step();
                StreamRecords(false);
                if (!more)
                {
                    FinishJob();
                }
            }
        }

        private void Receive()
        {
            int count;
            while ((count = link.Read(receiveBuffer, 0, receiveBuffer.Length)) > 0)
            {
                for (int i = 0; i < count; i++)
                {
                    if (decoder.Push(receiveBuffer[i]))
                    {
                        Handle(decoder.Header);
                    }
                }
            }
        }

        private void Handle(FrameHeader header)
        {
            if (!header.Has(MessageFlags.AckRequest) || header.Has(MessageFlags.Ack | MessageFlags.Nack | MessageFlags.Stream))
            {
                return; // only host commands are answered
            }

            lastHostFrameMs = linkClock.NowMs;
            reader.Reset(decoder.FrameBuffer, decoder.PayloadOffset, header.PayloadLength);
            writer.Clear();
            if (header.Type == MessageType.Hello)
            {
                HandleHello(header);
                return;
            }

            if (header.Version != FrameHeader.ProtocolVersion)
            {
                Reply(header, StatusCode.VersionMismatch, false);
                return;
            }

            if (header.Session != identity.Session)
            {
                Reply(header, StatusCode.SessionMismatch, false);
                return;
            }

            int slot = cache.Find(header.Seq);
            if (slot >= 0)
            {
                link.Write(cache.Frame(slot), 0, cache.Length(slot));
                return;
            }

            Reply(header, Dispatch(header), true);
        }

        private void HandleHello(FrameHeader header)
        {
            // A host of another protocol version still gets the identity (with VERSION_MISMATCH), whatever its HELLO
            // carries, so it can tell the operator which firmware this is.
            if (header.Version == FrameHeader.ProtocolVersion && !PayloadRules.LengthFits(MessageType.Hello, header.PayloadLength))
            {
                Reply(header, StatusCode.BadPayload, false);
                return;
            }

            // A new host: forget the replies cached for the previous one, so a seq it happens to reuse is executed.
            cache.Clear();
            WriteHello();
            Reply(header, header.Version == FrameHeader.ProtocolVersion ? StatusCode.Ok : StatusCode.VersionMismatch, false);
        }

        private StatusCode Dispatch(FrameHeader header)
        {
            if (!PayloadRules.Known(header.Type))
            {
                return StatusCode.UnknownMessage;
            }

            if (!PayloadRules.LengthFits(header.Type, header.PayloadLength))
            {
                return StatusCode.BadPayload;
            }

            switch (header.Type)
            {
                case MessageType.Ping:
                    writer.Bytes(reader.Buffer, reader.Position, reader.Remaining);
                    return StatusCode.Ok;
                case MessageType.Status:
                case MessageType.Heartbeat:
                    WriteStatus();
                    return StatusCode.Ok;
                case MessageType.Abort:
                    if (job != null)
                    {
                        StopJob(StatusCode.Aborted, false);
                    }

                    io.EnterSafe();
                    State = BoardState.Safe;
                    WriteStatus();
                    return StatusCode.Ok;
                case MessageType.JobRecords:
                    return HandleJobRecords();
                case MessageType.TableInfo:
                    WriteTableInfo();
                    return StatusCode.Ok;
            }

            if (job != null)
            {
                return StatusCode.Busy;
            }

            StatusCode status = DispatchIdle(header);
            if (status == StatusCode.Ok && job == null)
            {
                State = BoardState.Idle;
            }

            return status;
        }

        private StatusCode DispatchIdle(FrameHeader header)
        {
            switch (header.Type)
            {
                case MessageType.Read:
                    return HandleRead();
                case MessageType.Pulse:
                    return HandlePulse();
                case MessageType.Sweep:
                    return HandleSweep(header.Seq);
                case MessageType.FfpRun:
                    return HandleFfpRun(header.Seq);
                case MessageType.ProgramLevel:
                    return HandleProgramLevel(header.Seq);
                case MessageType.TableBegin:
                    return HandleTableBegin();
                case MessageType.TableChunk:
                    return HandleTableChunk();
                case MessageType.TableEnd:
                    return HandleTableEnd();
                default:
                    return StatusCode.UnknownMessage;
            }
        }

        private StatusCode StartJob(IJob started, MessageType type, int seq)
        {
            job = started;
            jobType = type;
            jobId = seq;
            jobStatus = StatusCode.Running;
            jobPulses = 0;
            jobPlanned = started.PlannedRecords;
            streamed = 0;
            State = BoardState.Running;
            writer.U16(seq);
            return StatusCode.Ok;
        }

        private void FinishJob()
        {
            jobStatus = job.Result;
            jobPulses = job.Pulses;
            job = null;
            io.EnterSafe();
            State = BoardState.Idle;
            StreamRecords(true);
        }

        /// <summary>
        /// Stops the running job in SAFE. An operator's ABORT is not a fault (the job status says ABORTED);
        /// a stop the board decided on its own (heartbeat loss) is, and stays in <see cref="LastFault"/>.
        /// </summary>
        private void StopJob(StatusCode reason, bool fault)
        {
            jobStatus = reason;
            jobPulses = job.Pulses;
            job = null;
            io.EnterSafe();
            State = BoardState.Safe;
            if (fault)
            {
                LastFault = reason;
            }

            StreamRecords(true);
        }

    }
}
