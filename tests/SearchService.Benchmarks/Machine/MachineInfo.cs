namespace SearchService.Benchmarks.Machine;

/// <summary>The machine a figure was measured on, printed once at the top of every run.</summary>
internal sealed record MachineInfo(int Cores, string Cpu, double MemoryGiB, string Runtime)
{
    public static MachineInfo Current()
    {
        var cpu = Read("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown";
        var memLine = Read("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
        var memKiB = memLine is null ? 0 : long.Parse(memLine["MemTotal:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        return new MachineInfo(Environment.ProcessorCount, cpu, Math.Round(memKiB / 1048576.0, 1), System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription);
    }

    public override string ToString() =>
        FormattableString.Invariant($"machine: {Cores} cores, {Cpu}, {MemoryGiB} GiB RAM, {Runtime}");

    private static IEnumerable<string> Read(string path)
    {
        try { return File.ReadAllLines(path); }
        catch (IOException) { return []; }
    }
}
