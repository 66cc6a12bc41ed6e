using SearchService.Api.Widget;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddWidgetCors(builder.Configuration);

var app = builder.Build();
app.UseCors(CorsSetup.PolicyName);
app.MapWidget();

app.Run();
