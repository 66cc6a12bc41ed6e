namespace SearchService.Api.Endpoints;

/// <summary>Reads a request body up to a limit; chunked bodies carry no length, so the limit is checked while reading.</summary>
internal static class LimitedBody
{
    /// <summary>The body, or null when it is over <paramref name="limit"/> bytes.</summary>
    public static async Task<ReadOnlyMemory<byte>?> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit) return null;
        using var body = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (body.Length + read > limit) return null;
            body.Write(buffer, 0, read);
        }
        return body.GetBuffer().AsMemory(0, (int)body.Length);
    }
}
