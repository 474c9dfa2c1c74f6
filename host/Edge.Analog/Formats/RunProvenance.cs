// SPDX-License-Identifier: MIT
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace Edge.Analog.Formats;

/// <summary>
/// What one invocation of <c>edge</c> is: its run id, command line, Edge version and git commit, start time, the
/// files it read (with SHA-256, hashed when they are read, so a later edit of an input shows) and the files it wrote.
/// Every JSON file Edge writes carries these fields (<see cref="JsonFiles.Write{T}"/>), and the run record in SQLite
/// stores the same values, so a result can be traced to the exact inputs and build that made it.
/// The current invocation is ambient per call flow: the command line sets it once (<see cref="Begin"/>), and the
/// library code that opens an input adds it without every signature carrying a provenance argument.
/// </summary>
public sealed class RunProvenance
{
    private static readonly AsyncLocal<RunProvenance?> Ambient = new();
    private readonly List<RunInput> inputs = [];
    private readonly List<string> outputs = [];

    private RunProvenance(string commandLine, bool fromCommandLine)
    {
        CommandLine = commandLine;
        FromCommandLine = fromCommandLine;
        string informational = typeof(RunProvenance).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "dev";
        int plus = informational.IndexOf('+', StringComparison.Ordinal);
        EdgeVersion = plus < 0 ? informational : informational[..plus];
        GitCommit = plus < 0 ? "unknown" : informational[(plus + 1)..];
    }

    /// <summary>The invocation of this call flow; outside the command line, one made up for the library caller.</summary>
    public static RunProvenance Current => Ambient.Value ??= new RunProvenance(string.Join(' ', Environment.GetCommandLineArgs()), fromCommandLine: false);

    /// <summary>The run id (32 hex digits), fresh for every invocation unless it continues a run (<see cref="Continue"/>).</summary>
    public string RunId { get; private set; } = Guid.NewGuid().ToString("N");

    /// <summary>The command line as typed: <c>edge</c> and its arguments, quoted where they hold spaces.</summary>
    public string CommandLine { get; }

    /// <summary>True when <c>edge</c>'s command line started this invocation (not a library call or a test).</summary>
    public bool FromCommandLine { get; }

    /// <summary>Edge's version (from the assembly).</summary>
    public string EdgeVersion { get; }

    /// <summary>The git commit Edge was built from, or "unknown".</summary>
    public string GitCommit { get; }

    /// <summary>When the invocation started (UTC).</summary>
    public DateTime StartedUtc { get; } = DateTime.UtcNow;

    /// <summary>The inputs read so far, in the order they were added.</summary>
    public IReadOnlyList<RunInput> Inputs
    {
        get
        {
            lock (inputs)
            {
                return [.. inputs];
            }
        }
    }

    /// <summary>The files written so far (full paths).</summary>
    public IReadOnlyList<string> Outputs
    {
        get
        {
            lock (outputs)
            {
                return [.. outputs];
            }
        }
    }

    /// <summary>Starts the invocation of <c>edge</c> with <paramref name="args"/> for this call flow.</summary>
    public static RunProvenance Begin(IReadOnlyList<string> args)
    {
        var quoted = args.Select(a => a.Length == 0 || a.Any(char.IsWhiteSpace) ? $"'{a}'" : a);
        var provenance = new RunProvenance(string.Join(' ', quoted.Prepend("edge")), fromCommandLine: true);
        Ambient.Value = provenance;
        return provenance;
    }

    /// <summary>
    /// Makes this invocation part of the run it resumes: its outputs then carry that run's id, the one its run record
    /// and checkpoints are kept under.
    /// </summary>
    public void Continue(string runId) => RunId = runId;

    /// <summary>Records an input file under a role (weights, calibration, error_model ...), hashing it now.</summary>
    public void AddInput(string role, string path)
    {
        string full = Path.GetFullPath(path);
        string? hash = File.Exists(full) ? Sha256(full) : null;
        Add(new RunInput(role, full, hash, null));
    }

    /// <summary>Records an input that is not a file (a model name, a dataset name, a calibration id).</summary>
    public void AddNamedInput(string role, string name) => Add(new RunInput(role, null, null, name));

    /// <summary>Records a file this invocation wrote (JSON files are recorded by <see cref="JsonFiles.Write{T}"/>).</summary>
    public void AddOutput(string path)
    {
        string full = Path.GetFullPath(path);
        lock (outputs)
        {
            if (!outputs.Contains(full))
            {
                outputs.Add(full);
            }
        }
    }

    /// <summary>Adds the provenance fields to a JSON object about to be written.</summary>
    public void Stamp(JsonObject json)
    {
        json["edge_version"] = EdgeVersion;
        json["git_commit"] = GitCommit;
        json["command_line"] = CommandLine;
        json["run_id"] = RunId;
        json["started_utc"] = StartedUtc.ToString("O", CultureInfo.InvariantCulture);
        var array = new JsonArray();
        foreach (var input in Inputs)
        {
            var item = new JsonObject { ["role"] = input.Role };
            if (input.Path is not null)
            {
                item["path"] = input.Path;
                item["sha256"] = input.Sha256;
            }

            if (input.Name is not null)
            {
                item["name"] = input.Name;
            }

            array.Add(item);
        }

        json["inputs"] = array;
    }

    /// <summary>SHA-256 of a file as lower-case hex.</summary>
    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private void Add(RunInput input)
    {
        lock (inputs)
        {
            inputs.RemoveAll(i => i.Role == input.Role && i.Path == input.Path && i.Name == input.Name);
            inputs.Add(input);
        }
    }
}

/// <summary>One input of a run: a file (full path and SHA-256; a missing file has no hash) or a named choice.</summary>
public sealed record RunInput(string Role, string? Path, string? Sha256, string? Name);
