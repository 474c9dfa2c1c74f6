// SPDX-License-Identifier: MIT
using Edge.Firmware.Hal;
using Edge.Firmware.Io;
using Edge.Firmware.Jobs;
using Edge.Shared.Formats;
using Edge.Shared.Protocol;
using Edge.Shared.Protocol.Messages;

namespace Edge.Firmware
{
    /// <summary>Encoding replies and job streams: HELLO, STATUS, job records, headers.</summary>
    public sealed partial class BoardController
    {
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
            hello.MaxWriteMillivolts = HardLimits.MaxWriteMillivolts;
            hello.MaxReadMillivolts = HardLimits.MaxReadMillivolts;
            hello.MinWidthMicroseconds = HardLimits.MinWidthMicroseconds;
            hello.MaxWidthMicroseconds = HardLimits.MaxWidthMicroseconds;
            hello.MaxPulsesPerCell = HardLimits.MaxPulsesPerCell;
            hello.DutyCyclePercent = HardLimits.DutyCyclePercent;
            hello.HeartbeatTimeoutMs = HardLimits.HeartbeatTimeoutMs;
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
            status.RejectedFrames = (ushort)(decoder.RejectedCobs + decoder.RejectedLength + decoder.RejectedCrc);
            status.JobPulses = (uint)(job != null ? job.Pulses : jobPulses);
            status.UptimeMs = (uint)deviceClock.NowMs;
            status.TableGeneration = tables.Generation;
            status.Write(writer);
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
