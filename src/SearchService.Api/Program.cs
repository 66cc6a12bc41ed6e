using SearchService.Api.Endpoints;
using SearchService.Api.Hosting;
using SearchService.Api.Widget;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSearchIndex();
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi();
builder.Services.AddWidgetCors(builder.Configuration);

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseCors(CorsSetup.PolicyName);

app.Services.GetRequiredService<IndexProvider>().EnsureBuilt();

app.MapOpenApi();
app.MapSearch();
app.MapDocuments();
app.MapHealth();
app.MapWidget();

app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
