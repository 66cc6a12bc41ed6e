using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Data.Sqlite;
using SearchService.Core.Indexing;
using SQLitePCL;

namespace SearchService.Core.Analysis;

/// <summary>Receives the tokens of one text, in order: the folded, stemmed bytes and their byte range in the input.</summary>
internal interface ITokenSink
{
    void Token(ReadOnlySpan<byte> token, int start, int end);
}

/// <summary>
/// FTS5's own tokenizer (<see cref="IndexSchema.Tokenizer"/>), called in-process through FTS5's C API
/// (<c>fts5_api.xFindTokenizer</c>, then <c>xTokenize</c>), so a build can write postings without inserting
/// into FTS5 and still get exactly the terms and positions FTS5 would index: one analyzer for the build, the
/// live segment, the highlighter and queries. An instance holds native state that is not thread-safe: rent one
/// per thread with <see cref="Rent"/>. Instances are pooled for the life of the process (a few per core).
/// </summary>
internal sealed unsafe class Fts5Tokenizer
{
    /// <summary>FTS5 truncates longer tokens to this many bytes before indexing them (FTS5_MAX_TOKEN_SIZE).</summary>
    public const int MaxTokenBytes = 32768;

    private const int TokenizeDocument = 0x0004; // FTS5_TOKENIZE_DOCUMENT

    private static readonly Lazy<Native> Library = new(Native.Load);
    private static readonly ConcurrentBag<Fts5Tokenizer> Pool = [];

    private readonly IntPtr _instance;
    private byte[] _utf8 = new byte[4096];

    private Fts5Tokenizer(IntPtr instance) => _instance = instance;

    /// <summary>A tokenizer for this thread's use; dispose it to give it back.</summary>
    public static Lease Rent() => new(Pool.TryTake(out var tokenizer) ? tokenizer : new Fts5Tokenizer(Library.Value.Create()));

    /// <summary>Tokenizes <paramref name="text"/> into <paramref name="sink"/> (byte offsets are of its UTF-8 form).</summary>
    public void Tokenize(string text, ITokenSink sink)
    {
        if (text.Length == 0) return;
        var length = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (_utf8.Length < length) _utf8 = new byte[Math.Max(length, _utf8.Length * 2)];
        var written = Encoding.UTF8.GetBytes(text, _utf8);
        Tokenize(_utf8.AsSpan(0, written), sink);
    }

    public void Tokenize(ReadOnlySpan<byte> utf8, ITokenSink sink)
    {
        if (utf8.IsEmpty) return;
        var context = new Context(sink);
        var handle = GCHandle.Alloc(context);
        try
        {
            fixed (byte* text = utf8)
            {
                var rc = Library.Value.Tokenize(_instance, (void*)GCHandle.ToIntPtr(handle), text, utf8.Length);
                if (context.Failure is { } failure) ExceptionDispatchInfoThrow(failure);
                if (rc != 0) throw new InvalidOperationException($"the FTS5 tokenizer failed with SQLite error {rc}");
            }
        }
        finally
        {
            handle.Free();
        }
    }

    private static void ExceptionDispatchInfoThrow(Exception e) => System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e).Throw();

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static int OnToken(void* context, int flags, byte* token, int length, int start, int end)
    {
        var state = (Context)GCHandle.FromIntPtr((IntPtr)context).Target!;
        try
        {
            state.Sink.Token(new ReadOnlySpan<byte>(token, Math.Min(length, MaxTokenBytes)), start, end);
            return 0;
        }
        catch (Exception e) // never unwind through native frames: report after xTokenize returns
        {
            state.Failure = e;
            return 1; // SQLITE_ERROR stops the tokenizer
        }
    }

    private sealed class Context(ITokenSink sink)
    {
        public ITokenSink Sink { get; } = sink;
        public Exception? Failure { get; set; }
    }

    /// <summary>A rented tokenizer; disposing returns it to the pool.</summary>
    public readonly struct Lease(Fts5Tokenizer tokenizer) : IDisposable
    {
        public Fts5Tokenizer Tokenizer { get; } = tokenizer;
        public void Dispose() => Pool.Add(Tokenizer);
    }

    // The C structures of fts5.h (SQLite 3.35: fts5_api version 2, fts5_tokenizer version 1).
    [StructLayout(LayoutKind.Sequential)]
    private struct Fts5Api
    {
        public int Version;
        public IntPtr CreateTokenizer;
        public delegate* unmanaged[Cdecl]<Fts5Api*, byte*, void**, Fts5TokenizerMethods*, int> FindTokenizer;
        public IntPtr CreateFunction;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Fts5TokenizerMethods
    {
        public delegate* unmanaged[Cdecl]<void*, byte**, int, IntPtr*, int> Create;
        public delegate* unmanaged[Cdecl]<IntPtr, void> Delete;
        public delegate* unmanaged[Cdecl]<IntPtr, void*, int, byte*, int, delegate* unmanaged[Cdecl]<void*, int, byte*, int, int, int, int>, int> Tokenize;
    }

    /// <summary>The tokenizer module, found once per process on a private in-memory connection kept open.</summary>
    private sealed class Native
    {
        private readonly SqliteConnection _owner;
        private readonly void* _context;
        private readonly Fts5TokenizerMethods _methods;
        private readonly string[] _arguments;

        private Native(SqliteConnection owner, void* context, Fts5TokenizerMethods methods, string[] arguments)
        {
            _owner = owner;
            _context = context;
            _methods = methods;
            _arguments = arguments;
        }

        public static Native Load()
        {
            var connection = SqliteExtensions.Open(":memory:", SqliteOpenMode.Memory);
            var db = connection.Handle ?? throw new InvalidOperationException("connection is not open");
            Fts5Api* api = null;
            Check(db, raw.sqlite3_prepare_v2(db, "SELECT fts5(?1)", out var statement));
            using (statement)
            {
                fixed (byte* type = "fts5_api_ptr\0"u8)
                    Check(db, sqlite3_bind_pointer(statement.DangerousGetHandle(), 1, &api, type, IntPtr.Zero));
                raw.sqlite3_step(statement);
            }
            if (api is null || api->Version < 2) throw new InvalidOperationException("this SQLite has no FTS5 API");

            var words = IndexSchema.Tokenizer.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            void* context = null;
            Fts5TokenizerMethods methods;
            fixed (byte* name = Encoding.UTF8.GetBytes(words[0] + "\0"))
                Check(db, api->FindTokenizer(api, name, &context, &methods));
            return new Native(connection, context, methods, words[1..]);
        }

        public IntPtr Create()
        {
            GC.KeepAlive(_owner);
            var encoded = _arguments.Select(a => Encoding.UTF8.GetBytes(a + "\0")).ToArray();
            var handles = encoded.Select(e => GCHandle.Alloc(e, GCHandleType.Pinned)).ToArray();
            try
            {
                var argv = stackalloc byte*[Math.Max(1, encoded.Length)];
                for (var i = 0; i < encoded.Length; i++) argv[i] = (byte*)handles[i].AddrOfPinnedObject();
                IntPtr instance;
                var rc = _methods.Create(_context, argv, encoded.Length, &instance);
                if (rc != 0) throw new InvalidOperationException($"FTS5 could not create the tokenizer '{IndexSchema.Tokenizer}' (error {rc})");
                return instance;
            }
            finally
            {
                foreach (var h in handles) h.Free();
            }
        }

        public int Tokenize(IntPtr instance, void* context, byte* text, int length) =>
            _methods.Tokenize(instance, context, TokenizeDocument, text, length, &OnToken);

        private static void Check(sqlite3 db, int rc)
        {
            if (rc != raw.SQLITE_OK) throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), rc);
        }
    }

    // SQLitePCLRaw 2.0 does not wrap sqlite3_bind_pointer; the bundled e_sqlite3 library exports it.
    [DllImport("e_sqlite3", CallingConvention = CallingConvention.Cdecl)]
    private static extern int sqlite3_bind_pointer(IntPtr statement, int index, void* pointer, byte* type, IntPtr destructor);
}
