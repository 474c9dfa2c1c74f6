// SPDX-License-Identifier: MIT
using Edge.Firmware.Bench;

// The bench build of the Edge controller: see firmware/README.md. Log lines go to stderr because --stdio uses stdout
// for the wire protocol.
try
{
    var options = BenchOptions.Parse(args);
    if (options.Help)
    {
        Console.Error.WriteLine(BenchOptions.Usage);
        return 0;
    }

    using var stop = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) =>
    {
        e.Cancel = true;
        stop.Cancel();
    };
    using var host = BenchHost.Start(options);
    Console.Error.WriteLine($"edge-bench: {host.Description}. Ctrl+C stops (hardware goes to SAFE).");
    if (!host.WaitUntil(stop.Token))
    {
        Console.Error.WriteLine($"edge-bench: controller stopped: {host.Failure!.Message}. The hardware is in SAFE.");
        return 1;
    }

    return 0;
}
catch (BenchUsageException ex)
{
    Console.Error.WriteLine($"edge-bench: {ex.Message}");
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}
