namespace SearchService.Api.Tests.Conformance;

/// <summary>One request the app answered, as the client receives it.</summary>
public sealed record RecordedExchange(string Method, string Path, int Status, string? ContentType, byte[] Body)
{
    public override string ToString() => $"{Method} {Path} -> {Status} {ContentType}";
}
