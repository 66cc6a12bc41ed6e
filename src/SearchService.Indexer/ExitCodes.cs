namespace SearchService.Indexer;

/// <summary>The contract's exit codes.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>Finished, but some input was skipped (each named on stderr).</summary>
    public const int Partial = 1;
    /// <summary>Usage error, or an index that cannot be used.</summary>
    public const int Unusable = 2;
}
