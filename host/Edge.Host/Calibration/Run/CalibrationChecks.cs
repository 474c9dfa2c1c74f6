// SPDX-License-Identifier: MIT
using Edge.Analog.Errors;
using Edge.Host.Link;
using Edge.Shared.Protocol;

namespace Edge.Host.Calibration.Run;

/// <summary>Turns a failed board job into a clear error (finished conditions stay in the checkpoints).</summary>
internal static class CalibrationChecks
{
    public static void RequireOk(JobOutcome outcome, string what)
    {
        if (outcome.Status == StatusCode.Ok)
        {
            return;
        }

        var code = outcome.Status is StatusCode.Aborted or StatusCode.HeartbeatLost ? ExitCode.Interrupted : ExitCode.BoardRefused;
        throw new EdgeException(code, $"{what}: the board stopped with '{StatusText.Describe(outcome.Status)}'. Finished conditions are checkpointed; rerun with --resume.");
    }
}
