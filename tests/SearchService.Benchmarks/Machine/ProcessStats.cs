using System.Globalization;

namespace SearchService.Benchmarks.Machine;

/// <summary>What Linux says about this process and the machine: peak RSS and the load average beside each figure,
/// because the machine is shared and a figure without its load is not comparable.</summary>
internal static class ProcessStats
{
    /// <summary>Peak resident set size (VmHWM) in MiB, or -1 off Linux.</summary>
    public static double PeakRssMiB() => StatusKiB("VmHWM:") / 1024.0;

    public static double RssMiB() => StatusKiB("VmRSS:") / 1024.0;

    /// <summary>The 1-, 5- and 15-minute load averages as /proc/loadavg prints them.</summary>
    public static string LoadAverage()
    {
        try { return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)); }
        catch (IOException) { return "n/a"; }
    }

    private static long StatusKiB(string key)
    {
        try
        {
            var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal));
            if (line is null) return -1;
            var number = line[key.Length..].Trim().Split(' ')[0];
            return long.Parse(number, CultureInfo.InvariantCulture);
        }
        catch (IOException) { return -1; }
    }
}
