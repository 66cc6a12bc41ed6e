using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;

namespace SearchService.Api.Tests.FollowAndExport;

/// <summary>
/// Parsers nobody here wrote, run in Debian's Python: feedparser (python3-feedparser) for the Atom feeds and the standard
/// library's csv module for the export. Debian's interpreter comes first: apt installs feedparser for /usr/bin/python3,
/// and a python3 earlier on PATH (pyenv) may not see it.
/// </summary>
internal static class OutsidePython
{
    private static readonly string[] Interpreters = ["/usr/bin/python3", "python3"];

    private static readonly Lazy<string?> WithFeedparser = new(() => Find("import feedparser"));
    private static readonly Lazy<string?> Any = new(() => Find("import csv, json"));

    public static string? FeedparserSkipReason => WithFeedparser.Value is null
        ? "needs Python's feedparser (apt-get install -y python3-feedparser), the outside Atom parser these feeds are checked with"
        : null;

    public static string? PythonSkipReason => Any.Value is null ? "needs python3 for the outside CSV parser (Python's csv module)" : null;

    /// <summary>Runs <paramref name="script"/> with <paramref name="input"/> on stdin; its stdout is read as JSON.</summary>
    public static async Task<JsonElement> RunFeedparserAsync(string script, byte[] input) => await RunAsync(WithFeedparser.Value!, script, input);

    public static async Task<JsonElement> RunPythonAsync(string script, byte[] input) => await RunAsync(Any.Value!, script, input);

    private static async Task<JsonElement> RunAsync(string interpreter, string script, byte[] input)
    {
        using var process = Process.Start(new ProcessStartInfo(interpreter, ["-c", script])
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.StandardInput.BaseStream.WriteAsync(input);
        process.StandardInput.Close();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{interpreter} exited with {process.ExitCode}: {await errors}");
        return JsonDocument.Parse(await output).RootElement.Clone();
    }

    private static string? Find(string probe)
    {
        foreach (var interpreter in Interpreters)
        {
            try
            {
                using var process = Process.Start(new ProcessStartInfo(interpreter, ["-c", probe]) { RedirectStandardError = true, UseShellExecute = false })!;
                process.StandardError.ReadToEnd();
                process.WaitForExit();
                if (process.ExitCode == 0) return interpreter;
            }
            catch (Win32Exception)
            {
                // not installed under this name
            }
        }
        return null;
    }
}
