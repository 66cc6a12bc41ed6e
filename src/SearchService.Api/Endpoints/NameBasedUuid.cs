using System.Security.Cryptography;
using System.Text;

namespace SearchService.Api.Endpoints;

/// <summary>
/// Name-based UUIDs (version 5, RFC 9562 §5.5): the same name always gives the same <c>urn:uuid:</c>, on any host. Atom ids
/// must never change for an entry; a tag: URI would need a domain the deployment owns, an http URL would change with it.
/// </summary>
internal static class NameBasedUuid
{
    // This service's namespace, chosen once at random; changing it would make every feed reader see every entry as new.
    private static readonly Guid Namespace = new("5b0f6a3e-2c1d-4f7a-9e55-3f4c8d2a7b61");

    public static string Urn(string name)
    {
        Span<byte> input = stackalloc byte[16];
        Namespace.TryWriteBytes(input, bigEndian: true, out _);
        var bytes = new byte[16 + Encoding.UTF8.GetByteCount(name)];
        input.CopyTo(bytes);
        Encoding.UTF8.GetBytes(name, bytes.AsSpan(16));
#pragma warning disable CA5350 // SHA-1 is what version 5 is defined with; nothing here is a secret or a signature
        var hash = SHA1.HashData(bytes);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50); // version 5
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80); // RFC 9562 variant
        return "urn:uuid:" + new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString("D");
    }
}
