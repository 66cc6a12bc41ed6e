# Build: the SDK image restores, tests nothing, publishes both programs and builds the seeds index.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/SearchService.Api -c Release -o /out/api \
 && dotnet publish src/SearchService.Indexer -c Release -o /out/indexer \
 && DOTNET_GCgen0size=0x4000000 dotnet /out/indexer/searchservice-indexer.dll build --source seeds --index /out/index

# Run: the ASP.NET runtime image, as its non-root "app" user (uid 1654), on port 8080.
FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /out/api ./
COPY --from=build /out/indexer ./indexer/
COPY --from=build --chown=1654:1654 /out/index ./index/
COPY --chown=1654:1654 seeds ./seeds/
# A 64 MB gen0 budget: where the VM reports no L3 cache the GC's default is 6 MB, and Lucene's allocations then
# cost hundreds of gen0 collections a second (docs/performance.md). Read only from the environment, not runtimeconfig.
ENV DOTNET_GCgen0size=0x4000000 \
    ASPNETCORE_URLS=http://+:8080 \
    SearchService__IndexPath=/app/index \
    SearchService__SourcePath=/app/seeds
USER 1654
EXPOSE 8080
ENTRYPOINT ["dotnet", "SearchService.Api.dll"]
