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
    public sealed class BoardController
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
            io.EnterSafe();
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

                if (linkClock.NowMs - lastHostFrameMs > Safety.HardLimits.HeartbeatTimeoutMs)
                {
                    StopJob(StatusCode.HeartbeatLost);
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
                // A new host: forget the replies cached for the previous one, so a seq it happens to reuse is executed.
                cache.Clear();
                WriteHello();
                Reply(header, header.Version == FrameHeader.ProtocolVersion ? StatusCode.Ok : StatusCode.VersionMismatch, false);
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

        private StatusCode Dispatch(FrameHeader header)
        {
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
                        StopJob(StatusCode.Aborted);
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

        private StatusCode HandleRead()
        {
            int readMillivolts = reader.I16();
            int count = reader.U8();
            if (count < 1 || count > ReadRequest.MaxCells || reader.Remaining != 2 * count)
            {
                return StatusCode.BadPayload;
            }

            int first = reader.Position;
            for (int i = 0; i < count; i++)
            {
                if (reader.U16() >= io.CellCount)
                {
                    return StatusCode.CellOutOfRange;
                }
            }

            writer.U8(count);
            byte[] buffer = reader.Buffer;
            for (int i = 0; i < count; i++)
            {
                uint milliohms;
                StatusCode status = io.Read(LittleEndian.ReadUInt16(buffer, first + (2 * i)), readMillivolts, out milliohms);
                if (status == StatusCode.ReadVoltageLimit)
                {
                    writer.Clear();
                    return status;
                }

                writer.U8(status == StatusCode.Ok ? 0 : ReadRequest.FlagSaturated);
                writer.U32(milliohms);
            }

            return StatusCode.Ok;
        }

        private StatusCode HandlePulse()
        {
            PulseRequest request;
            if (!PulseRequest.TryRead(reader, out request))
            {
                return StatusCode.BadPayload;
            }

            StatusCode status = io.Pulse(request.Cell, request.Millivolts, request.WidthMicroseconds);
            if (status != StatusCode.Ok)
            {
                return status;
            }

            uint milliohms = 0;
            StatusCode read = StatusCode.Ok;
            if (request.ReadAfter)
            {
                read = io.Read(request.Cell, 0, out milliohms);
            }

            writer.U8(read == StatusCode.Ok ? 0 : ReadRequest.FlagSaturated);
            writer.U32(milliohms);
            return StatusCode.Ok;
        }

        private StatusCode HandleSweep(int seq)
        {
            SweepRequest request;
            if (!SweepRequest.TryRead(reader, out request))
            {
                return StatusCode.BadPayload;
            }

            StatusCode status = sweep.Start(request.Cell, request.Millivolts, request.WidthMicroseconds, request.Pulses);
            return status == StatusCode.Ok ? StartJob(sweep, MessageType.Sweep, seq) : status;
        }

        private StatusCode HandleFfpRun(int seq)
        {
            FfpRunRequest request;
            if (!FfpRunRequest.TryRead(reader, out request))
            {
                return StatusCode.BadPayload;
            }

            if (request.Direction != Direction.Potentiation && request.Direction != Direction.Depression)
            {
                return StatusCode.BadPayload;
            }

            if (tables.Active == null)
            {
                return StatusCode.NoTable;
            }

            StatusCode status = ffpRun.Start(tables.Active.Ffp.For(request.Direction), request.Cell, request.MaxPulses);
            return status == StatusCode.Ok ? StartJob(ffpRun, MessageType.FfpRun, seq) : status;
        }

        private StatusCode HandleProgramLevel(int seq)
        {
            int direction = reader.U8();
            int mode = reader.U8();
            int levels = reader.U16();
            int count = reader.U8();
            if (reader.Failed || (direction != (int)Direction.Potentiation && direction != (int)Direction.Depression)
                || (mode != ProgramLevelRequest.ModeFeedforward && mode != ProgramLevelRequest.ModeOpenLoop))
            {
                return StatusCode.BadPayload;
            }

            TableSet set = tables.Active;
            LevelProgram program = set == null ? null : set.FindProgram((Direction)direction, levels);
            FfpDirectionTable ffp = set == null ? null : set.Ffp.For((Direction)direction);
            StatusCode status = programLevel.Start(program, ffp, mode == ProgramLevelRequest.ModeOpenLoop, reader, count);
            return status == StatusCode.Ok ? StartJob(programLevel, MessageType.ProgramLevel, seq) : status;
        }

        private StatusCode HandleJobRecords()
        {
            JobRecordsRequest request;
            if (!JobRecordsRequest.TryRead(reader, out request))
            {
                return StatusCode.BadPayload;
            }

            if (request.JobId != jobId || jobType == 0 || request.FirstIndex > records.Count)
            {
                return StatusCode.NotAvailable;
            }

            WriteRecords(request.FirstIndex, request.MaxCount);
            return StatusCode.Ok;
        }

        private StatusCode HandleTableBegin()
        {
            TableBeginRequest request;
            if (!TableBeginRequest.TryRead(reader, out request))
            {
                return StatusCode.BadPayload;
            }

            StatusCode status = tables.Begin(request.ImageLength, request.ImageCrc, request.Generation);
            writer.U16(TableBeginRequest.MaxChunk);
            writer.U32(tables.NextOffset);
            return status;
        }

        private StatusCode HandleTableChunk()
        {
            uint offset = reader.U32();
            int count = reader.Remaining;
            if (reader.Failed || count < 1 || count > TableBeginRequest.MaxChunk)
            {
                return StatusCode.BadPayload;
            }

            StatusCode status = tables.Chunk(offset, reader.Buffer, reader.Position, count);
            writer.U32(tables.NextOffset);
            return status;
        }

        private StatusCode HandleTableEnd()
        {
            if (reader.Remaining != 0)
            {
                return StatusCode.BadPayload;
            }

            string field;
            StatusCode status = tables.End(out field);
            writer.U32(tables.Generation);
            return status;
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

        private void StopJob(StatusCode reason)
        {
            jobStatus = reason;
            jobPulses = job.Pulses;
            job = null;
            io.EnterSafe();
            State = BoardState.Safe;
            LastFault = reason;
            StreamRecords(true);
        }

        private void StreamRecords(bool flush)
        {
            while (records.Count - streamed >= JobRecordsRequest.MaxPerFrame || (flush && records.Count > streamed))
            {
                writer.Clear();
                int sent = WriteRecords(streamed, JobRecordsRequest.MaxPerFrame);
                var header = NewHeader(MessageType.JobStream, MessageFlags.Stream, StatusCode.Ok, 0);
                int length = codec.Encode(header, payload, 0, writer.Length, wire, 0);
                link.Write(wire, 0, length);
                streamed += sent;
            }

            writer.Clear();
        }

        private int WriteRecords(int first, int maxCount)
        {
            int count = records.Count - first;
            if (count > maxCount)
            {
                count = maxCount;
            }

            if (count > JobRecordsRequest.MaxPerFrame)
            {
                count = JobRecordsRequest.MaxPerFrame;
            }

            writer.U16(jobId);
            writer.U16(first);
            writer.U8(count);
            for (int i = 0; i < count; i++)
            {
                records.Get(first + i).Write(writer);
            }

            return count;
        }

        private void WriteHello()
        {
            var hello = new HelloReply();
            hello.ProtocolVersion = FrameHeader.ProtocolVersion;
            hello.CatalogueHash = Catalogue.Hash;
            hello.FirmwareBuild = BoardIdentity.FirmwareBuild;
            hello.BoardId = identity.BoardId;
            hello.TableGeneration = tables.Generation;
            hello.CellCount = (ushort)io.CellCount;
            hello.MaxWriteMillivolts = Safety.HardLimits.MaxWriteMillivolts;
            hello.MaxReadMillivolts = Safety.HardLimits.MaxReadMillivolts;
            hello.MinWidthMicroseconds = Safety.HardLimits.MinWidthMicroseconds;
            hello.MaxWidthMicroseconds = Safety.HardLimits.MaxWidthMicroseconds;
            hello.MaxPulsesPerCell = Safety.HardLimits.MaxPulsesPerCell;
            hello.DutyCyclePercent = Safety.HardLimits.DutyCyclePercent;
            hello.HeartbeatTimeoutMs = Safety.HardLimits.HeartbeatTimeoutMs;
            hello.Write(writer);
        }

        private void WriteStatus()
        {
            var status = new StatusReply();
            status.State = State;
            status.JobType = jobType;
            status.JobStatus = jobStatus;
            status.LastFault = LastFault;
            status.JobId = (ushort)jobId;
            status.Records = (ushort)records.Count;
            status.PlannedRecords = (ushort)jobPlanned;
            status.JobPulses = (uint)(job != null ? job.Pulses : jobPulses);
            status.UptimeMs = (uint)deviceClock.NowMs;
            status.TableGeneration = tables.Generation;
            status.Write(writer);
        }

        private void WriteTableInfo()
        {
            TableSet set = tables.Active;
            writer.U8(set == null ? 0 : 1);
            writer.U8(tables.ActiveSlot < 0 ? 0xFF : tables.ActiveSlot);
            writer.U32(tables.Generation);
            writer.U32(set == null ? 0 : tables.ActiveLength);
            writer.U32(set == null ? 0 : tables.ActiveCrc);
            int programs = set == null ? 0 : set.Programs.Count;
            writer.U8(programs);
            for (int i = 0; i < programs; i++)
            {
                var p = (LevelProgram)set.Programs[i];
                writer.U8((byte)p.Direction);
                writer.U16(p.LevelCount);
            }
        }

        private void Reply(FrameHeader command, StatusCode status, bool cacheIt)
        {
            byte flags = status == StatusCode.Ok ? MessageFlags.Ack : MessageFlags.Nack;
            var header = NewHeader(command.Type, flags, status, command.Seq);
            int length = codec.Encode(header, payload, 0, writer.Overflowed ? 0 : writer.Length, wire, 0);
            link.Write(wire, 0, length);
            if (cacheIt)
            {
                cache.Store(command.Seq, wire, 0, length);
            }
        }

        private FrameHeader NewHeader(MessageType type, byte flags, StatusCode status, int ack)
        {
            var header = new FrameHeader();
            header.Version = FrameHeader.ProtocolVersion;
            header.Type = type;
            header.Flags = flags;
            header.Status = status;
            header.Seq = boardSeq++;
            header.Ack = (ushort)ack;
            header.Session = identity.Session;
            return header;
        }
    }
}
