// SPDX-License-Identifier: MIT
using Edge.Firmware.Hal;
using Edge.Firmware.Io;
using Edge.Firmware.Jobs;
using Edge.Shared.Formats;
using Edge.Shared.Protocol;
using Edge.Shared.Protocol.Messages;

namespace Edge.Firmware
{
    /// <summary>Table upload (TABLE_BEGIN/CHUNK/END) and TABLE_INFO.</summary>
    public sealed partial class BoardController
    {
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
            string field;
            StatusCode status = tables.End(out field);
            writer.U32(tables.Generation);
            return status;
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
    }
}
