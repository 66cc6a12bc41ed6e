using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using SearchService.Core.Tests.TestSupport;

namespace SearchService.Api.Tests.Lifecycle;

/// <summary>The service as a real process, killed with SIGKILL right after its writes were acknowledged: every 201 and 204 survives.</summary>
public sealed class KillDuringWritesTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private const string Key = "kill-test-key";

    public void Dispose() => _temp.Dispose();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task<(Process Process, HttpClient Client)> StartAsync(int port)
    {
        var api = Path.Combine(AppContext.BaseDirectory, "SearchService.Api.dll");
        var process = Process.Start(new ProcessStartInfo("dotnet", ["exec", api, "--urls", $"http://127.0.0.1:{port}",
            $"--SearchService:IndexPath={_temp.Sub("index")}", $"--SearchService:SourcePath={Repository.Seeds}",
            $"--SearchService:AdminApiKey={Key}", "--SearchService:RateLimit:PermitsPerSecond=0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if ((await client.GetAsync("/healthz")).StatusCode == HttpStatusCode.OK) return (process, client);
            }
            catch (HttpRequestException) { }
            Assert.False(process.HasExited, "the service exited while starting");
            await Task.Delay(100);
        }
        throw new TimeoutException("the service did not answer /healthz");
    }

    [Fact]
    public async Task AcknowledgedWritesSurviveSigkill()
    {
        var port = FreePort();
        var (service, client) = await StartAsync(port);
        for (var i = 0; i < 10; i++)
            Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/documents",
                new { id = $"kept-{i}", title = $"Kept {i}", paragraphs = new[] { "Marigolds on the memorial." } })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync("/api/documents/kept-3")).StatusCode);
        service.Kill(entireProcessTree: true); // SIGKILL, no shutdown, right after the last acknowledgement
        await service.WaitForExitAsync();
        client.Dispose();

        var (restarted, again) = await StartAsync(port);
        try
        {
            var found = await again.GetFromJsonAsync<JsonElement>("/api/search?q=marigolds&pageSize=100");
            Assert.Equal(9, found.GetProperty("total").GetInt32());
            Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/api/documents/kept-9")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await again.GetAsync("/api/documents/kept-3")).StatusCode);
        }
        finally
        {
            restarted.Kill(entireProcessTree: true);
            await restarted.WaitForExitAsync();
            again.Dispose();
        }
    }
}
