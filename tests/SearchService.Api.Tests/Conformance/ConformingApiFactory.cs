using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace SearchService.Api.Tests.Conformance;

/// <summary>
/// The base of every app the API tests start: each answer the tests receive is validated against the OpenAPI document
/// the same app serves (<see cref="ResponseRecorder"/>), so an endpoint cannot drift from its description. An answer
/// that does not match reaches the test as a 500 naming the mismatch, and the factory's disposal fails as well.
/// With <c>OPENAPI_CONFORMANCE_LOG</c> set, each factory appends how many answers it validated (CI prints the sum).
/// </summary>
public abstract class ConformingApiFactory : WebApplicationFactory<Program>, IDisposable, IAsyncDisposable
{
    public const string LogVariable = "OPENAPI_CONFORMANCE_LOG";

    private readonly ResponseRecorder _recorder;
    private readonly Lazy<Task<OpenApiConformance>> _document;

    protected ConformingApiFactory()
    {
        _document = new(async () =>
        {
            using var client = DocumentClient();
            return new OpenApiConformance(await client.GetStringAsync("/openapi/v1.json"));
        });
        _recorder = new ResponseRecorder(() => _document.Value);
    }

    /// <summary>The app's own settings; the recorder is added here.</summary>
    protected abstract void ConfigureApp(IWebHostBuilder builder);

    protected sealed override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ConfigureApp(builder);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(_recorder));
    }

    /// <summary>A client that reaches the app as the tests do (the in-memory server, or real Kestrel).</summary>
    protected virtual HttpClient DocumentClient() => CreateClient();

#pragma warning disable CA1816 // base.Dispose() and base.DisposeAsync() suppress finalization
    public new void Dispose()
    {
        base.Dispose();
        Report();
    }

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Report();
    }

    void IDisposable.Dispose() => Dispose();

    ValueTask IAsyncDisposable.DisposeAsync() => DisposeAsync();
#pragma warning restore CA1816

    private void Report()
    {
        var violations = _recorder.Violations.ToList();
        if (Environment.GetEnvironmentVariable(LogVariable) is { Length: > 0 } log && _recorder.Validated + _recorder.NotDescribed > 0)
            File.AppendAllText(log, string.Create(CultureInfo.InvariantCulture,
                $"{GetType().Name} validated={_recorder.Validated} not-described={_recorder.NotDescribed} violations={violations.Count}\n{string.Concat(violations.Select(v => "  " + v + "\n"))}"));
        if (violations.Count > 0)
            throw new InvalidOperationException($"{violations.Count} of {_recorder.Validated} answers do not match the served OpenAPI document:\n" + string.Join("\n", violations.Take(20)));
    }
}
