using Microsoft.Extensions.Configuration;
using SearchService.Api.Widget;

namespace SearchService.Api.Tests.Widget;

public sealed class CorsSetupTests
{
    [Fact]
    public void NoOriginsAreAllowedByDefault() =>
        Assert.Empty(CorsSetup.AllowedOrigins(Config([])));

    [Fact]
    public void OriginsMayBeOneStringSeparatedByCommasOrSemicolons()
    {
        var origins = CorsSetup.AllowedOrigins(Config(new() { ["SearchService:AllowedOrigins"] = "https://a.example/, https://b.example;http://c.example:8080" }));

        Assert.Equal(["https://a.example", "https://b.example", "http://c.example:8080"], origins);
    }

    [Fact]
    public void OriginsMayBeAnArray()
    {
        var origins = CorsSetup.AllowedOrigins(Config(new()
        {
            ["SearchService:AllowedOrigins:0"] = "https://a.example",
            ["SearchService:AllowedOrigins:1"] = "https://b.example",
        }));

        Assert.Equal(["https://a.example", "https://b.example"], origins);
    }

    private static IConfiguration Config(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
