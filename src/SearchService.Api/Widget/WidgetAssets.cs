using System.IO.Compression;
using System.Security.Cryptography;

namespace SearchService.Api.Widget;

/// <summary>
/// A file of wwwroot embedded in the assembly, so it is served the same way under <c>dotnet run</c> from any folder,
/// a published build and WebApplicationFactory. Hashed once for ETags and gzipped once for transfer.
/// </summary>
internal sealed class WidgetAsset
{
    private WidgetAsset(string name, string contentType, byte[] content)
    {
        Name = name;
        ContentType = contentType;
        Content = content;
        Version = Convert.ToHexStringLower(SHA256.HashData(content))[..16];
        ETag = $"\"{Version}\"";
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true)) gzip.Write(content);
        Gzipped = buffer.ToArray();
    }

    public string Name { get; }
    public string ContentType { get; }
    public byte[] Content { get; }
    public byte[] Gzipped { get; }

    /// <summary>Content hash: changes whenever the file does.</summary>
    public string Version { get; }

    public string ETag { get; }

    public static WidgetAsset Load(string name, string contentType)
    {
        var assembly = typeof(WidgetAsset).Assembly;
        using var stream = assembly.GetManifestResourceStream("wwwroot/" + name)
            ?? throw new InvalidOperationException($"Embedded resource wwwroot/{name} is missing from {assembly.GetName().Name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return new WidgetAsset(name, contentType, copy.ToArray());
    }
}

/// <summary>The widget, the demo page and its stylesheet, loaded once.</summary>
internal static class WidgetAssets
{
    public static readonly WidgetAsset Script = WidgetAsset.Load("widget.js", "text/javascript; charset=utf-8");
    public static readonly WidgetAsset DemoPage = WidgetAsset.Load("demo/index.html", "text/html; charset=utf-8");
    public static readonly WidgetAsset DemoStyles = WidgetAsset.Load("demo/demo.css", "text/css; charset=utf-8");
}
