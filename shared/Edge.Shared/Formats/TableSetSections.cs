// SPDX-License-Identifier: MIT
using Edge.Shared.Protocol;

namespace Edge.Shared.Formats
{
    /// <summary>
    /// Reads one optional section of a table set (length u32 | embedded file): its magic says which kind it is, a seek
    /// table or array corrections, and each kind may appear once. Field names are prefixed "section[i].".
    /// </summary>
    internal static class TableSetSections
    {
        public static StatusCode Read(PayloadReader r, TableSet set, int index, out string field)
        {
            string name = "section[" + index.ToString() + "]";
            int embeddedLength = (int)r.U32();
            field = name + ".length";
            if (r.Failed || embeddedLength < TableHeader.Length || embeddedLength > r.Remaining)
            {
                return StatusCode.TableBadLength;
            }

            uint magic = LittleEndian.ReadUInt32(r.Buffer, r.Position);
            TableHeader inner;
            StatusCode status;
            if (magic == TableHeader.SeekTableMagic && set.Seek == null)
            {
                status = SeekTableCodec.TryParse(r.Buffer, r.Position, embeddedLength, out set.Seek, out inner, out field);
            }
            else if (magic == TableHeader.ArrayCorrectionsMagic && set.Array == null)
            {
                status = ArrayCorrectionsCodec.TryParse(r.Buffer, r.Position, embeddedLength, out set.Array, out inner, out field);
            }
            else
            {
                // An unknown kind, or a second section of one kind: two images must never mean one set.
                field = name + ".magic";
                return StatusCode.TableBadMagic;
            }

            if (status != StatusCode.Ok)
            {
                field = name + "." + field;
                return status;
            }

            field = name + ".length";
            if (embeddedLength != TableHeader.Length + (int)inner.PayloadLength)
            {
                return StatusCode.TableBadLength;
            }

            r.Skip(embeddedLength);
            field = null;
            return StatusCode.Ok;
        }
    }
}
