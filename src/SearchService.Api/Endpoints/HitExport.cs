using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using SearchService.Core.Querying;

namespace SearchService.Api.Endpoints;

/// <summary>
/// Streams a search's hits into the response as they are found: one page of <see cref="PageSize"/> hits is searched,
/// highlighted, written and flushed before the next is asked for with the previous page's cursor. Nothing holds more
/// than a page, so memory stays flat however many hits are exported (docs/export.md has the measurement). A search
/// that fails once the file has started cannot become an error status: the connection is aborted, so the client sees
/// a failed download rather than a file that silently ends early.
/// </summary>
internal sealed class HitExport(HitExport.Format format, SearchResponse first, Func<string, int, SearchResponse> next, int cap, string contentDisposition,
    JsonSerializerOptions json) : IResult
{
    /// <summary>Hits per search: large enough that the per-search cost (a pass over every match) is paid rarely,
    /// small enough that a page's loaded documents stay a few megabytes.</summary>
    public const int PageSize = 500;

    public enum Format { Csv, JsonLines }

    public async Task ExecuteAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = format == Format.Csv ? "text/csv; charset=utf-8; header=present" : "application/jsonl; charset=utf-8";
        response.Headers.ContentDisposition = contentDisposition;
        response.Headers["X-Total-Count"] = first.Total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var aborted = context.RequestAborted;
        var body = response.BodyWriter;
        var text = new StringBuilder();
        using var jsonWriter = format == Format.JsonLines ? new Utf8JsonWriter(body, new JsonWriterOptions { Encoder = json.Encoder }) : null;
        if (format == Format.Csv)
        {
            body.Write(CsvHitWriter.Preamble);
            CsvHitWriter.Header(text);
        }
        var page = first;
        var written = 0;
        while (true)
        {
            foreach (var hit in page.Hits)
            {
                if (written == cap) break;
                if (jsonWriter is not null) WriteLine(jsonWriter, body, hit);
                else CsvHitWriter.Hit(text, hit);
                written++;
            }
            if (text.Length > 0) Encode(text, body);
            var flushed = await body.FlushAsync(aborted);
            if (flushed.IsCanceled || flushed.IsCompleted || written == cap || page.NextCursor is null) return;
            try
            {
                page = next(page.NextCursor, Math.Min(PageSize, cap - written));
            }
            catch (Exception e) when (e is SearchTimeoutException or InvalidSearchParameterException)
            {
                context.RequestServices.GetRequiredService<ILogger<HitExport>>().LogWarning("Export stopped after {Written} hits: {Problem}", written, e.Message);
                context.Abort();
                return;
            }
        }
    }

    private void WriteLine(Utf8JsonWriter writer, PipeWriter body, SearchHit hit)
    {
        JsonSerializer.Serialize(writer, hit, json);
        writer.Flush();
        writer.Reset();
        body.Write("\n"u8);
    }

    private static void Encode(StringBuilder text, PipeWriter body)
    {
        foreach (var chunk in text.GetChunks()) Encoding.UTF8.GetBytes(chunk.Span, body);
        text.Clear();
    }
}
