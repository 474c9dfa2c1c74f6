// SPDX-License-Identifier: MIT
using Edge.Analog.Errors;
using Edge.Shared.Formats;
using Edge.Shared.Protocol;
using Edge.Shared.Protocol.Messages;

namespace Edge.Host.Link;

/// <summary>
/// Typed board operations on top of a <see cref="BoardSession"/>: reads, pulses, jobs (SWEEP, FFP_RUN, PROGRAM_LEVEL)
/// with progress and gap-free records, table upload and status. Host-side checks here are a convenience; the board's
/// own limits are what protect the device.
/// </summary>
public sealed class BoardClient(BoardSession session) : IDisposable
{
    private readonly Dictionary<int, JobRecord> streamed = [];
    private int activeJob = -1;

    /// <summary>The session.</summary>
    public BoardSession Session => session;

    /// <summary>Opens a session over <paramref name="transport"/>, says HELLO and returns the client (the session is disposed if HELLO fails).</summary>
    public static BoardClient Connect(ITransport transport, SessionOptions options)
    {
        var connecting = new BoardSession(transport, options);
        try
        {
            connecting.Connect();
            return new BoardClient(connecting);
        }
        catch
        {
            connecting.Dispose();
            throw;
        }
    }

    /// <summary>The board's HELLO.</summary>
    public HelloReply Hello => session.Hello;

    /// <summary>Reads cells (up to any count; batched by the protocol's limit). Resistances in ohms.</summary>
    public ReadResult[] Read(IReadOnlyList<int> cells, double readVolts = 0)
    {
        var results = new ReadResult[cells.Count];
        var payload = new byte[FrameCodec.MaxPayloadLength];
        var ids = cells.ToArray();
        for (int start = 0; start < ids.Length; start += ReadRequest.MaxCells)
        {
            int count = Math.Min(ReadRequest.MaxCells, ids.Length - start);
            var w = new PayloadWriter(payload);
            ReadRequest.Write(w, (int)Math.Round(readVolts * 1000), ids, start, count);
            var reply = session.SendChecked(MessageType.Read, payload, w.Length);
            var r = reply.Reader();
            if (r.U8() != count)
            {
                throw new EdgeException(ExitCode.LinkFailed, $"{session.Description}: READ reply holds the wrong number of cells.");
            }

            for (int i = 0; i < count; i++)
            {
                int flags = r.U8();
                uint milliohms = r.U32();
                results[start + i] = new ReadResult(ids[start + i], milliohms / 1000.0, (flags & ReadRequest.FlagSaturated) != 0);
            }
        }

        return results;
    }

    /// <summary>Applies one pulse (volts signed by direction) and optionally reads the cell after it.</summary>
    public ReadResult Pulse(int cell, double volts, double widthMs, bool readAfter = true)
    {
        var request = new PulseRequest
        {
            Cell = cell,
            Millivolts = ToMillivolts(volts, nameof(volts)),
            WidthMicroseconds = ToMicroseconds(widthMs),
            ReadAfter = readAfter,
        };
        var payload = new byte[PulseRequest.Length];
        request.Write(new PayloadWriter(payload));
        var reply = session.SendChecked(MessageType.Pulse, payload, extraTimeout: TimeSpan.FromMilliseconds(widthMs * 2));
        var r = reply.Reader();
        int flags = r.U8();
        return new ReadResult(cell, r.U32() / 1000.0, (flags & ReadRequest.FlagSaturated) != 0);
    }

    /// <summary>Runs identical pulses with a read after each (one record per pulse).</summary>
    public JobOutcome Sweep(int cell, double volts, double widthMs, int pulses, IProgress<JobProgress>? progress = null)
    {
        var request = new SweepRequest { Cell = cell, Millivolts = ToMillivolts(volts, nameof(volts)), WidthMicroseconds = ToMicroseconds(widthMs), Pulses = pulses };
        var payload = new byte[SweepRequest.Length];
        request.Write(new PayloadWriter(payload));
        return RunJob(MessageType.Sweep, payload, payload.Length, progress);
    }

    /// <summary>Runs the board's FFP loop on a cell in a direction.</summary>
    public JobOutcome FfpRun(Direction direction, int cell, int maxPulses, IProgress<JobProgress>? progress = null)
    {
        var request = new FfpRunRequest { Direction = direction, Cell = cell, MaxPulses = maxPulses };
        var payload = new byte[FfpRunRequest.Length];
        request.Write(new PayloadWriter(payload));
        return RunJob(MessageType.FfpRun, payload, payload.Length, progress);
    }

    /// <summary>
    /// Steps up to 62 cells to target levels of the stored level program of (direction, level count): by default with
    /// the FFP loop aimed at each level's target, or replaying the recorded pulse groups with <paramref name="openLoop"/>.
    /// Each record holds the start level, pulses applied and the last resistance read.
    /// </summary>
    public JobOutcome ProgramLevels(Direction direction, int levelCount, IReadOnlyList<(int Cell, int Level)> items, IProgress<JobProgress>? progress = null, bool openLoop = false, Action<int>? started = null) =>
        ProgramLevelsInMode(openLoop ? ProgramLevelRequest.ModeOpenLoop : ProgramLevelRequest.ModeFeedforward, direction, levelCount, items, progress, started);

    /// <summary>
    /// Seeks up to 62 cells to the targets of the stored level program of (direction, level count) with the board's
    /// FFP seek loop (stored seek table and array corrections; either polarity). Records as <see cref="ProgramLevels"/>.
    /// </summary>
    public JobOutcome SeekLevels(Direction direction, int levelCount, IReadOnlyList<(int Cell, int Level)> items, IProgress<JobProgress>? progress = null, Action<int>? started = null) =>
        ProgramLevelsInMode(ProgramLevelRequest.ModeSeek, direction, levelCount, items, progress, started);

    private JobOutcome ProgramLevelsInMode(int mode, Direction direction, int levelCount, IReadOnlyList<(int Cell, int Level)> items, IProgress<JobProgress>? progress, Action<int>? started)
    {
        if (items.Count is < 1 or > ProgramLevelRequest.MaxItems)
        {
            throw new ArgumentOutOfRangeException(nameof(items), items.Count, $"PROGRAM_LEVEL takes 1..{ProgramLevelRequest.MaxItems} cells per command.");
        }

        var payload = new byte[FrameCodec.MaxPayloadLength];
        var w = new PayloadWriter(payload);
        w.U8((byte)direction);
        w.U8(mode);
        w.U16(levelCount);
        w.U8(items.Count);
        foreach (var (cell, level) in items)
        {
            w.U16(cell);
            w.U16(level);
        }

        return RunJob(MessageType.ProgramLevel, payload, w.Length, progress, started);
    }

    /// <summary>
    /// The outcome of job <paramref name="jobId"/> as the board remembers it (after a host crash): waits while it still
    /// runs, then reads its records. Null when the board no longer knows it (it rebooted or ran another job since).
    /// </summary>
    public JobOutcome? RecoverJob(int jobId)
    {
        var status = Status();
        while (status.JobId == jobId && status.JobStatus == StatusCode.Running)
        {
            if (session.Options.JobPollInterval > TimeSpan.Zero)
            {
                Thread.Sleep(session.Options.JobPollInterval);
            }

            status = Status();
        }

        if (status.JobId != jobId || status.JobType == 0)
        {
            return null;
        }

        streamed.Clear();
        activeJob = jobId;
        try
        {
            return new JobOutcome(status.JobStatus, FetchRecords(status.Records), status.JobPulses);
        }
        finally
        {
            activeJob = -1;
        }
    }

    /// <summary>Board status (also a heartbeat).</summary>
    public StatusReply Status()
    {
        var reply = session.SendChecked(MessageType.Status, []);
        return StatusReply.TryRead(reply.Reader(), out var status)
            ? status
            : throw new EdgeException(ExitCode.LinkFailed, $"{session.Description}: malformed STATUS reply.");
    }

    /// <summary>Stops any job and puts the board in SAFE.</summary>
    public StatusReply Abort()
    {
        var reply = session.SendChecked(MessageType.Abort, []);
        StatusReply.TryRead(reply.Reader(), out var status);
        return status;
    }

    /// <summary>The active table set on the board.</summary>
    public BoardTableInfo TableInfo()
    {
        var r = session.SendChecked(MessageType.TableInfo, []).Reader();
        bool valid = r.U8() != 0;
        int slot = r.U8();
        uint generation = r.U32();
        uint length = r.U32();
        uint crc = r.U32();
        int count = r.U8();
        var programs = new List<(Direction, int)>();
        for (int i = 0; i < count; i++)
        {
            programs.Add(((Direction)r.U8(), r.U16()));
        }

        return new BoardTableInfo(valid, slot, generation, length, crc, programs);
    }

    /// <summary>
    /// Uploads a table-set image (chunks at the offset the board asks for, so a retried or lost chunk resumes there),
    /// then commits it. Returns the board's new generation.
    /// </summary>
    public uint UploadTables(byte[] image, uint generation)
    {
        var begin = new TableBeginRequest { ImageLength = (uint)image.Length, ImageCrc = Crc32.Compute(image, 0, image.Length), Generation = generation };
        var payload = new byte[FrameCodec.MaxPayloadLength];
        begin.Write(new PayloadWriter(payload));
        var started = session.SendChecked(MessageType.TableBegin, payload, TableBeginRequest.Length, TimeSpan.FromSeconds(2));

        // The board continues an upload of the same image interrupted by a reboot: start where it says.
        uint offset = started.Payload.Length >= 6 ? Math.Min(LittleEndian.ReadUInt32(started.Payload, 2), (uint)image.Length) : 0;
        while (offset < image.Length)
        {
            int count = (int)Math.Min(TableBeginRequest.MaxChunk, image.Length - offset);
            LittleEndian.WriteUInt32(payload, 0, offset);
            Buffer.BlockCopy(image, (int)offset, payload, 4, count);
            var reply = session.Send(MessageType.TableChunk, payload, 4 + count);
            uint next = reply.Payload.Length >= 4 ? LittleEndian.ReadUInt32(reply.Payload, 0) : 0;
            if (reply.Status is not (StatusCode.Ok or StatusCode.TableSequence))
            {
                throw new EdgeException(ExitCode.BoardRefused, $"{session.Description}: table chunk at {offset} refused: {StatusText.Describe(reply.Status)}.");
            }

            offset = next; // the board's offset is the truth (mcumgr-style resume)
        }

        var end = session.Send(MessageType.TableEnd, [], 0, TimeSpan.FromSeconds(5));
        if (end.Status != StatusCode.Ok)
        {
            throw new EdgeException(ExitCode.BoardRefused, $"{session.Description}: the board rejected the table image: {StatusText.Describe(end.Status)}. Its previous table stays active.");
        }

        return LittleEndian.ReadUInt32(end.Payload, 0);
    }

    /// <summary>
    /// Makes the board hold <paramref name="set"/> (its generation is ignored): uploads it as the next generation
    /// unless the board already holds exactly these tables, so a resumed run does not bump the generation for nothing.
    /// Returns the board's generation.
    /// </summary>
    public uint EnsureTables(TableSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var info = TableInfo();
        set.Generation = info.Generation;
        byte[] same = TableSetCodec.Serialize(set);
        if (info.Valid && info.Crc == Crc32.Compute(same, 0, same.Length))
        {
            return info.Generation;
        }

        set.Generation = info.Generation + 1;
        return UploadTables(TableSetCodec.Serialize(set), set.Generation);
    }

    /// <inheritdoc/>
    public void Dispose() => session.Dispose();

    private JobOutcome RunJob(MessageType type, byte[] payload, int length, IProgress<JobProgress>? progress, Action<int>? started = null)
    {
        streamed.Clear();
        session.StreamListener = OnStream;
        try
        {
            var start = StartJob(type, payload, length);
            activeJob = start.Header.Ack;
            started?.Invoke(activeJob);
            StatusReply status;
            while (true)
            {
                status = Status();
                if (status.JobId != activeJob)
                {
                    throw new EdgeException(ExitCode.Interrupted, $"{session.Description}: the board no longer knows job {activeJob} (it reports job {status.JobId}).");
                }

                progress?.Report(new JobProgress(status.Records, status.PlannedRecords, status.JobPulses, status.UptimeMs / 1000.0));
                if (status.JobStatus != StatusCode.Running)
                {
                    break;
                }

                if (session.Options.JobPollInterval > TimeSpan.Zero)
                {
                    Thread.Sleep(session.Options.JobPollInterval);
                }
            }

            var records = FetchRecords(status.Records);
            return new JobOutcome(status.JobStatus, records, status.JobPulses);
        }
        finally
        {
            session.StreamListener = null;
            activeJob = -1;
        }
    }

    /// <summary>
    /// Starts a job. A board still running the job of an earlier host session (that host crashed) answers Busy: the
    /// board's state is the truth, so we let that job finish (our STATUS polls keep it alive) and then start ours.
    /// </summary>
    private BoardReply StartJob(MessageType type, byte[] payload, int length)
    {
        for (int attempt = 0; ; attempt++)
        {
            var reply = session.Send(type, payload, length);
            if (reply.Status != StatusCode.Busy || attempt >= 1000)
            {
                if (reply.Status != StatusCode.Ok)
                {
                    throw new EdgeException(ExitCode.BoardRefused, $"{session.Description}: board refused {type}: {StatusText.Describe(reply.Status)}. The board is in SAFE.");
                }

                return reply;
            }

            while (Status().State == BoardState.Running)
            {
                if (session.Options.JobPollInterval > TimeSpan.Zero)
                {
                    Thread.Sleep(session.Options.JobPollInterval);
                }
            }
        }
    }

    private JobRecord[] FetchRecords(int count)
    {
        var records = new JobRecord[count];
        var payload = new byte[JobRecordsRequest.Length];
        int i = 0;
        while (i < count)
        {
            if (streamed.TryGetValue(i, out var record))
            {
                records[i++] = record;
                continue;
            }

            var request = new JobRecordsRequest { JobId = activeJob, FirstIndex = i, MaxCount = JobRecordsRequest.MaxPerFrame };
            request.Write(new PayloadWriter(payload));
            var reply = session.SendChecked(MessageType.JobRecords, payload);
            var r = reply.Reader();
            r.U16();
            int first = r.U16();
            int n = r.U8();
            for (int k = 0; k < n && first + k < count; k++)
            {
                records[first + k] = JobRecord.Read(r);
            }

            if (n == 0)
            {
                throw new EdgeException(ExitCode.LinkFailed, $"{session.Description}: the board returned no records at index {i} of {count}.");
            }

            i = first + n;
        }

        return records;
    }

    private void OnStream(BoardReply frame)
    {
        var r = frame.Reader();
        int job = r.U16();
        int first = r.U16();
        int n = r.U8();
        if (job != activeJob)
        {
            return;
        }

        for (int k = 0; k < n; k++)
        {
            var record = JobRecord.Read(r);
            if (!r.Failed)
            {
                streamed[first + k] = record;
            }
        }
    }

    private static int ToMillivolts(double volts, string name)
    {
        if (!double.IsFinite(volts))
        {
            throw new EdgeException(ExitCode.Usage, $"{name} = {volts}: the voltage must be a finite number.");
        }

        return (int)Math.Round(volts * 1000);
    }

    private static uint ToMicroseconds(double widthMs)
    {
        if (!double.IsFinite(widthMs) || widthMs <= 0 || widthMs > 4_000_000)
        {
            throw new EdgeException(ExitCode.Usage, $"width {widthMs} ms: the pulse width must be a positive number of milliseconds.");
        }

        return (uint)Math.Round(widthMs * 1000);
    }
}

/// <summary>TABLE_INFO: what table set the board holds.</summary>
public sealed record BoardTableInfo(bool Valid, int Slot, uint Generation, uint Length, uint Crc, IReadOnlyList<(Direction Direction, int Levels)> Programs);
