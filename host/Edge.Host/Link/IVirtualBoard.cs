// SPDX-License-Identifier: MIT
using Edge.Host.Serve;
using Edge.Shared.Formats;

namespace Edge.Host.Link;

/// <summary>
/// A simulated board as the host library sees it: a transport to talk to it, the meters a benchmark reads, and the
/// model tables a benchmark installs without a calibration. Only an entry point (the command line, a test) builds one,
/// through an <see cref="IBoardFactory"/>, so the library never constructs hardware.
/// </summary>
public interface IVirtualBoard
{
    /// <summary>An in-process transport: reading pumps the board's controller, so jobs advance as fast as asked.</summary>
    ITransport Transport { get; }

    /// <summary>Device time simulated so far, s (pulse widths and settle times, not wall time).</summary>
    double DeviceSeconds { get; }

    /// <summary>Pulses applied to all cells so far.</summary>
    long TotalPulses { get; }

    /// <summary>ADC conversions (reads) made so far.</summary>
    long TotalReads { get; }

    /// <summary>Joule energy of all pulses so far, J (V^2/R x width, R the cell's resistance before the pulse).</summary>
    double EnergyJoules { get; }

    /// <summary>The FFP table derived from cell 0's device model for pulses of <paramref name="widthMs"/>.</summary>
    FfpTable ModelFfpTable(double widthMs);

    /// <summary>Serves the board on a pseudo-terminal until <paramref name="cancel"/> fires.</summary>
    void ServePty(PseudoTerminal pty, CancellationToken cancel);
}
