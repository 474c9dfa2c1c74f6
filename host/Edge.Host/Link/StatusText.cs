// SPDX-License-Identifier: MIT
using System.Globalization;
using Edge.Shared.Protocol;

namespace Edge.Host.Link;

/// <summary>What each board status code means to a user (docs/protocol.md has the same table).</summary>
public static class StatusText
{
    /// <summary>A one-line explanation of <paramref name="status"/>.</summary>
    public static string Describe(StatusCode status) => status switch
    {
        StatusCode.Ok => "ok",
        StatusCode.UnknownMessage => "the board does not know this message (firmware too old?)",
        StatusCode.BadPayload => "the board could not parse the command payload",
        StatusCode.Busy => "a job is running on the board (wait, or run 'edge board abort')",
        StatusCode.NoTable => "no valid FFP table / level program is stored on the board (run 'edge calibrate' first)",
        StatusCode.WriteVoltageLimit => string.Create(CultureInfo.InvariantCulture, $"write voltage outside the board's hard limit (|V| <= {HardLimits.MaxWriteVolts:0.0} V, not 0)"),
        StatusCode.ReadVoltageLimit => string.Create(CultureInfo.InvariantCulture, $"read voltage outside the board's hard limit ({HardLimits.MinReadMillivolts / 1000.0} V <= |V| <= {HardLimits.MaxReadMillivolts / 1000.0} V)"),
        StatusCode.WidthLimit => $"pulse width outside the board's window ({HardLimits.MinWidthMicroseconds / 1000} ms .. {HardLimits.MaxWidthMicroseconds / 1000} ms)",
        StatusCode.PulseCountLimit => $"more pulses than the board allows per cell per command ({HardLimits.MaxPulsesPerCell})",
        StatusCode.NotFinite => "a value was NaN or infinite",
        StatusCode.CellOutOfRange => "cell index outside the board's array",
        StatusCode.LevelOutOfRange => "target level outside the stored level program",
        StatusCode.TableBadMagic => "table image: wrong magic",
        StatusCode.TableBadSchema => "table image: unsupported schema version",
        StatusCode.TableBadLength => "table image: a length field is wrong",
        StatusCode.TableBadCrc => "table image: CRC mismatch",
        StatusCode.TableBadHeaderCrc => "table image: header CRC mismatch",
        StatusCode.TableValueOutOfRange => "table image: a value (voltage, width, resistance or generation) is out of range",
        StatusCode.TableNotMonotone => "table image: a resistance grid or level list is not strictly monotone",
        StatusCode.TableSequence => "table upload: chunk out of sequence",
        StatusCode.TableTooLarge => "table image larger than a board slot",
        StatusCode.Aborted => "the job was aborted",
        StatusCode.HeartbeatLost => "the job stopped because the host went silent (heartbeat lost)",
        StatusCode.AdcSaturated => "the ADC saturated (open or shorted cell?)",
        StatusCode.StorageFault => "table storage failed its read-back check",
        StatusCode.NotAvailable => "the requested job records are not available",
        StatusCode.Running => "the job is still running",
        StatusCode.Fault => "an internal fault put the board into SAFE",
        StatusCode.TableBadDirection => "table image: bad direction field",
        StatusCode.VersionMismatch => "the board speaks another protocol version",
        StatusCode.SessionMismatch => "the board rebooted since the session started",
        StatusCode.TableArrayMismatch => "the table set's per-cell array corrections are for another array size than this board's (recalibrate the array with 'edge calibrate' on this board; the old tables stay active)",
        StatusCode.TargetUnreachable => "no stored voltage moves the cell toward its target: it lies beyond the cell's reach",
        _ => $"unknown status {(int)status}",
    };
}
