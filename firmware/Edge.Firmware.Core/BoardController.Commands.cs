// SPDX-License-Identifier: MIT
using Edge.Firmware.Hal;
using Edge.Firmware.Io;
using Edge.Firmware.Jobs;
using Edge.Shared.Formats;
using Edge.Shared.Protocol;
using Edge.Shared.Protocol.Messages;

namespace Edge.Firmware
{
    /// <summary>Cell commands and job starts: READ, PULSE, SWEEP, FFP_RUN, PROGRAM_LEVEL, JOB_RECORDS.</summary>
    public sealed partial class BoardController
    {
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
                || (mode != ProgramLevelRequest.ModeFeedforward && mode != ProgramLevelRequest.ModeOpenLoop && mode != ProgramLevelRequest.ModeSeek))
            {
                return StatusCode.BadPayload;
            }

            TableSet set = tables.Active;
            LevelProgram program = set == null ? null : set.FindProgram((Direction)direction, levels);
            if (mode == ProgramLevelRequest.ModeSeek)
            {
                StatusCode seekStatus = seekJob.Start(program, set == null ? null : set.Seek, set == null ? null : set.Array, reader, count);
                return seekStatus == StatusCode.Ok ? StartJob(seekJob, MessageType.ProgramLevel, seq) : seekStatus;
            }

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
    }
}
