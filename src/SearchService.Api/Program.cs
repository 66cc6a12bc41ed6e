using SearchService.Api.Endpoints;
using SearchService.Api.Hosting;
using SearchService.Api.OpenApi;
using SearchService.Api.Widget;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSearchIndex();
builder.Services.AddProblemDetails();
builder.Services.AddSearchOpenApi();
// No "Server: Kestrel" on every answer: it tells a scanner what to try and tells a client nothing.
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
builder.Services.AddWidgetCors(builder.Configuration);
builder.Services.AddSearchRateLimiting();

var app = builder.Build();

app.UseApiResponseHeaders();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseCors(CorsSetup.PolicyName);
app.UseRateLimiter();

app.Services.GetRequiredService<IndexProvider>().EnsureBuilt();

app.MapOpenApi();
// The interactive API reference at /scalar, drawn from the document above; its script is served from the package, and
// the default web fonts (fetched from Scalar's servers) are off, so it works on an intranet with no outside access.
app.MapScalarApiReference(options => options.WithTitle("SearchService API reference").DisableDefaultFonts().DisableTelemetry());
app.MapSearch();
app.MapFeed();
app.MapExport();
app.MapDocuments();
app.MapQuotes();
app.MapReading();
app.MapHealth();
app.MapWidget();

app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
