// SPDX-License-Identifier: MIT
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace Edge.Host.Records;

/// <summary>
/// A self-contained HTML report of an output folder (any command's, or a demo's with several): every run recorded
/// there with its provenance and key numbers, every figure embedded as a data URI, and the CSV tables (first rows).
/// One file that opens anywhere, without the folder beside it. A small inline script counts the figures that decoded
/// and marks a broken one, so a reader (and the browser test) sees at once whether every figure loaded.
/// </summary>
public static class RunReport
{
    /// <summary>The report's default file name inside the folder.</summary>
    public const string FileName = "report.html";

    /// <summary>Rows of each CSV shown in the report.</summary>
    public const int CsvRows = 12;

    /// <summary>Writes the report of <paramref name="folder"/> to <paramref name="path"/>; returns the number of figures.</summary>
    public static int Write(string folder, string path)
    {
        var runs = RunRecorder.ReadAll(folder);
        var figures = Directory.EnumerateFiles(folder, "*.png", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var tables = Directory.EnumerateFiles(folder, "*.csv", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.AppendLine($"<title>Edge report: {Encode(Path.GetFileName(Path.GetFullPath(folder).TrimEnd('/')))}</title>");
        html.AppendLine("<style>body{font-family:sans-serif;margin:2em;max-width:1200px}table{border-collapse:collapse;margin:0.5em 0 1.5em}"
            + "td,th{border:1px solid #ccc;padding:2px 6px;font-size:13px;text-align:left}th{background:#f0f0f0}"
            + "figure{display:inline-block;margin:0.5em;vertical-align:top}img{max-width:560px;border:1px solid #ddd}"
            + "img.broken{outline:3px solid red}code{font-size:12px}</style></head><body>");
        html.AppendLine($"<h1>Edge report: {Encode(Path.GetFullPath(folder))}</h1>");
        html.AppendLine(Inv($"<p id=\"summary\">{runs.Count} recorded runs, {figures.Count} figures, {tables.Count} tables. Written {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC.</p>"));
        AppendRuns(html, runs, folder);
        html.AppendLine("<h2>Figures</h2>");
        foreach (var figure in figures)
        {
            string data = Convert.ToBase64String(File.ReadAllBytes(figure));
            html.AppendLine($"<figure><img class=\"figure\" alt=\"{Encode(Relative(folder, figure))}\" src=\"data:image/png;base64,{data}\"><figcaption>{Encode(Relative(folder, figure))}</figcaption></figure>");
        }

        html.AppendLine("<h2>Tables</h2>");
        foreach (var table in tables)
        {
            AppendCsv(html, folder, table);
        }

        html.AppendLine("""
            <script>
            window.addEventListener('load', function () {
              var images = document.querySelectorAll('img.figure'), loaded = 0;
              images.forEach(function (img) { if (img.complete && img.naturalWidth > 0) { loaded++; } else { img.classList.add('broken'); } });
              document.body.setAttribute('data-figures', images.length);
              document.body.setAttribute('data-figures-loaded', loaded);
            });
            </script>
            """);
        html.AppendLine("</body></html>");
        string? directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        File.WriteAllText(path + ".tmp", html.ToString());
        File.Move(path + ".tmp", path, overwrite: true);
        return figures.Count;
    }

    private static void AppendRuns(StringBuilder html, IReadOnlyList<RunRecord> runs, string folder)
    {
        html.AppendLine("<h2>Runs</h2>");
        if (runs.Count == 0)
        {
            html.AppendLine("<p>No run record (runs.sqlite or calibration.sqlite) in this folder.</p>");
            return;
        }

        foreach (var run in runs)
        {
            html.AppendLine($"<h3>{Encode(run.Command)} <small>{Encode(run.Id)}</small></h3>");
            html.AppendLine("<table>");
            Row(html, "command line", $"<code>{Encode(run.CommandLine ?? "(not recorded)")}</code>");
            Row(html, "status", Encode(run.Status));
            Row(html, "started / finished (UTC)", Encode($"{run.StartedUtc} / {run.FinishedUtc ?? "-"}"));
            Row(html, "wall time", run.WallSeconds is double s ? Inv($"{s:F1} s") : "-");
            Row(html, "edge version, commit", Encode($"{run.EdgeVersion ?? "?"}, {run.GitCommit ?? "?"}"));
            Row(html, "seed", run.Seed?.ToString(CultureInfo.InvariantCulture) ?? "-");
            Row(html, "record", Encode(Relative(folder, run.DatabasePath)));
            html.AppendLine("</table>");
            AppendInputs(html, run.InputsJson);
            var results = run.KeyResults();
            if (results.Count > 0)
            {
                html.AppendLine("<table><tr><th>result</th><th>value</th></tr>");
                foreach (var (name, value) in results)
                {
                    html.AppendLine(Inv($"<tr><td>{Encode(name)}</td><td>{value:G6}</td></tr>"));
                }

                html.AppendLine("</table>");
            }

            html.AppendLine($"<details><summary>settings</summary><pre>{Encode(run.SettingsJson)}</pre></details>");
        }
    }

    private static void AppendInputs(StringBuilder html, string? inputsJson)
    {
        if (inputsJson is null)
        {
            return;
        }

        using var doc = JsonDocument.Parse(inputsJson);
        if (doc.RootElement.ValueKind != JsonValueKind.Array || doc.RootElement.GetArrayLength() == 0)
        {
            return;
        }

        html.AppendLine("<table><tr><th>input</th><th>file or name</th><th>SHA-256</th></tr>");
        foreach (var input in doc.RootElement.EnumerateArray())
        {
            string Field(string name) => input.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : string.Empty;
            string what = Field("path") is { Length: > 0 } p ? p : Field("name");
            html.AppendLine($"<tr><td>{Encode(Field("role"))}</td><td>{Encode(what)}</td><td><code>{Encode(Field("sha256"))}</code></td></tr>");
        }

        html.AppendLine("</table>");
    }

    private static void AppendCsv(StringBuilder html, string folder, string path)
    {
        var lines = File.ReadLines(path).Take(CsvRows + 1).ToList();
        if (lines.Count == 0)
        {
            return;
        }

        html.AppendLine($"<h3>{Encode(Relative(folder, path))}</h3><table>");
        html.AppendLine("<tr>" + string.Concat(lines[0].Split(',').Select(h => $"<th>{Encode(h)}</th>")) + "</tr>");
        foreach (var line in lines.Skip(1))
        {
            html.AppendLine("<tr>" + string.Concat(line.Split(',').Select(c => $"<td>{Encode(c)}</td>")) + "</tr>");
        }

        html.AppendLine("</table>");
    }

    private static void Row(StringBuilder html, string name, string valueHtml) =>
        html.AppendLine($"<tr><th>{Encode(name)}</th><td>{valueHtml}</td></tr>");

    private static string Relative(string folder, string path) => Path.GetRelativePath(folder, path);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
