// SPDX-License-Identifier: MIT
using Edge.Analog.Errors;
using Edge.Hardware.Board;
using Edge.Host.Deploy;
using Edge.Host.Virtual;

namespace Edge.Cli.Commands;

/// <summary>
/// The files of one <c>edge deploy</c>: --out and --journal checked before any planning or pulse, and the in-process
/// virtual board's cells saved beside the journal whenever the command ends, so Ctrl+C leaves a resumable deployment.
/// </summary>
internal sealed class DeployFiles
{
    private readonly bool resume;
    private VirtualBoard? virtualBoard;

    /// <summary>Applies the overwrite rule (refuse unless --force or --resume) and checks both locations.</summary>
    public DeployFiles(string journal, string output, bool resume, bool force)
    {
        if (resume && force)
        {
            throw new EdgeException(ExitCode.Usage, "--resume continues the journal and --force replaces it: choose one.");
        }

        this.resume = resume;
        Journal = OutputPath.File("--journal", journal, force: true);
        if (resume && !File.Exists(Journal))
        {
            throw new EdgeException(ExitCode.BadInput, $"--journal {journal}: not found, so there is nothing to resume. Run without --resume to start a deployment.");
        }

        if (!resume && File.Exists(Journal))
        {
            if (!force)
            {
                throw new EdgeException(ExitCode.Usage, $"{journal} already holds a deployment. Continue it with --resume, replace it with --force, or choose another --journal; nothing was changed.");
            }

            foreach (string file in new[] { Journal, Journal + "-wal", Journal + "-shm", BoardState })
            {
                File.Delete(file);
            }
        }

        Output = OutputPath.Folder("--out", output, result: "deploy.json", force: force || resume);
    }

    /// <summary>The journal's full path.</summary>
    public string Journal { get; }

    /// <summary>The output folder's full path.</summary>
    public string Output { get; }

    private string BoardState => VirtualBoardState.PathFor(Journal);

    /// <summary>Binds the in-process board; on --resume puts back the cells the interrupted run left.</summary>
    public void Attach(VirtualBoard board)
    {
        virtualBoard = board;
        if (resume)
        {
            VirtualBoardState.Restore(board, BoardState, Mark());
        }
    }

    /// <summary>
    /// Runs the deployment; however it ends, saves the in-process board's cells with the journal's progress, and an
    /// interruption says how much of the network the journal keeps.
    /// </summary>
    public int Guard(Func<int> deploy)
    {
        ArgumentNullException.ThrowIfNull(deploy);
        try
        {
            return deploy();
        }
        catch (EdgeException ex) when (ex.ExitCode == ExitCode.Interrupted && File.Exists(Journal))
        {
            using var journal = DeployJournal.Open(Journal);
            var results = journal.Results();
            int finished = results.Count(r => r.Status is DeviceStatus.Done or DeviceStatus.Failed);
            throw new EdgeException(ex.ExitCode, $"{ex.Message} Kept: {finished} of {results.Count} devices programmed.", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException && File.Exists(Journal))
        {
            // The programmed cells are in the journal; only the report is missing, and a resume writes it.
            throw new EdgeException(ExitCode.Interrupted, $"writing the results failed ({ex.Message}); every programmed cell is kept in {Journal}. Free or fix {Output} and continue with --resume.", ex);
        }
        finally
        {
            SaveBoard();
        }
    }

    private void SaveBoard()
    {
        if (virtualBoard is not null && File.Exists(Journal))
        {
            VirtualBoardState.Save(virtualBoard, BoardState, Mark());
        }
    }

    private string Mark()
    {
        using var journal = DeployJournal.Open(Journal);
        return journal.ProgressMark();
    }
}
