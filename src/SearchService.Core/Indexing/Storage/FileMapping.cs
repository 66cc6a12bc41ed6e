using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace SearchService.Core.Indexing.Storage;

/// <summary>
/// A whole file mapped read-only into memory with mmap(2), unmapped by munmap(2) when the last input reading it
/// becomes unreachable (the handle is a SafeHandle, so that happens exactly once, even at process exit). Lucene never
/// closes the clones of an input, so only the garbage collector knows when a mapping is no longer read: unmapping
/// earlier could fault a search still reading a segment that a merge has replaced.
/// </summary>
internal sealed partial class FileMapping : SafeHandleZeroOrMinusOneIsInvalid
{
    private const int ProtRead = 0x1, MapShared = 0x1;

    public FileMapping() : base(ownsHandle: true) { }

    public long Length { get; private set; }

    public static unsafe FileMapping Map(string path)
    {
        using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var length = RandomAccess.GetLength(file);
        var mapping = new FileMapping { Length = length };
        if (length == 0) return mapping; // nothing to map; reads fail as past the end
        var fd = (int)file.DangerousGetHandle();
        var address = Mmap(IntPtr.Zero, (nuint)length, ProtRead, MapShared, fd, 0);
        if (address == new IntPtr(-1))
            throw new IOException($"mmap of {path} failed (errno {Marshal.GetLastPInvokeError()})");
        mapping.SetHandle(address);
        return mapping;
    }

    public unsafe byte* Start => (byte*)handle;

    protected override bool ReleaseHandle() => Munmap(handle, (nuint)Length) == 0;

    [LibraryImport("libc", EntryPoint = "mmap", SetLastError = true)]
    private static partial IntPtr Mmap(IntPtr address, nuint length, int protection, int flags, int fd, nint offset);

    [LibraryImport("libc", EntryPoint = "munmap", SetLastError = true)]
    private static partial int Munmap(IntPtr address, nuint length);
}
