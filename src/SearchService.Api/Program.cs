using SearchService.Api.Endpoints;
using SearchService.Api.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSearchIndex();
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();

app.Services.GetRequiredService<IndexProvider>().EnsureBuilt();

app.MapOpenApi();
app.MapSearch();
app.MapDocuments();
app.MapHealth();

app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
