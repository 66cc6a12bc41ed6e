namespace SearchService.Api.Hosting;

internal static class ServiceCollectionExtensions
{
    public static IServiceCollection AddSearchIndex(this IServiceCollection services)
    {
        services.AddOptions<SearchServiceOptions>()
            .BindConfiguration(SearchServiceOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.IndexPath), "SearchService:IndexPath must not be empty")
            .ValidateOnStart();
        services.AddSingleton<IndexProvider>();
        services.AddExceptionHandler<KnownExceptionHandler>();
        return services;
    }
}
