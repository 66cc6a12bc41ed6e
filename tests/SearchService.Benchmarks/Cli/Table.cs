namespace SearchService.Benchmarks.Cli;

/// <summary>Plain aligned text tables: readable in a terminal and pasteable into a log.</summary>
internal static class Table
{
    public static void Print(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var all = new List<IReadOnlyList<string>> { header };
        all.AddRange(rows);
        var widths = Enumerable.Range(0, header.Count).Select(c => all.Max(r => c < r.Count ? r[c].Length : 0)).ToArray();
        foreach (var row in all)
        {
            var cells = row.Select((cell, c) => c == 0 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]));
            Console.WriteLine("  " + string.Join("  ", cells).TrimEnd());
        }
    }
}
