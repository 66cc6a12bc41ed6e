namespace SearchService.Core.Quotations;

/// <summary>
/// When two quotations are the same words: they share at least <see cref="Containment"/> of the shingles of the shorter
/// one, and at least <see cref="MinShared"/> shingles. Containment of the shorter, not Jaccard of both, because a copy
/// trimmed to a third of the statement is still that statement; the share keeps a stock phrase that two different
/// statements both use (“our brave armed forces”) from joining them. Figures for the choice: docs/quotation-groups.md.
/// </summary>
public sealed record QuoteMatchRule(double Containment, int MinShared)
{
    public static QuoteMatchRule Default { get; } = new(0.6, 3);

    /// <summary>Shingles two quotations must share when the shorter has <paramref name="smaller"/>.</summary>
    public int Required(int smaller) => Math.Max(MinShared, (int)Math.Ceiling(Containment * smaller - 1e-9));

    public bool Same(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b) =>
        a.Length > 0 && b.Length > 0 && Shared(a, b) >= Required(Math.Min(a.Length, b.Length));

    /// <summary>How many hashes two sorted, distinct hash lists have in common.</summary>
    public static int Shared(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { shared++; i++; j++; }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return shared;
    }
}
