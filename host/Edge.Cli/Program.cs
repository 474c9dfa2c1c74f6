// SPDX-License-Identifier: MIT
using System.Runtime.InteropServices;
using Edge.Cli;

// Ctrl+C (SIGINT) and SIGTERM ask the running command to stop at its next safe point (board in SAFE, journal or
// checkpoint flushed) so finished device work is kept; a second Ctrl+C ends the process at once. Short commands that
// have no safe point to stop at are ended by the first Ctrl+C, as usual.
using var interrupt = new CancellationTokenSource();
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Interrupt);
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Interrupt);
return EdgeCli.Run(args, Console.Out, Console.Error, interrupt.Token);

void Interrupt(PosixSignalContext context)
{
    if (interrupt.IsCancellationRequested || !Interruption.Cooperative)
    {
        return;
    }

    context.Cancel = true;
    Console.Error.WriteLine();
    Console.Error.WriteLine("edge: interrupted; stopping at the next safe point (Ctrl+C again ends at once and may lose the current step)...");
    interrupt.Cancel();
}
