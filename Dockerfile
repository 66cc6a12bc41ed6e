# Build: the SDK image restores, tests nothing, publishes both programs and builds the seeds index.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/SearchService.Api -c Release -o /out/api \
 && dotnet publish src/SearchService.Indexer -c Release -o /out/indexer \
 && dotnet /out/indexer/searchservice-indexer.dll build --source seeds --index /out/index

# Run: the ASP.NET runtime image, as its non-root "app" user (uid 1654), on port 8080.
FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /out/api ./
COPY --from=build /out/indexer ./indexer/
COPY --from=build --chown=1654:1654 /out/index ./index/
COPY --chown=1654:1654 seeds ./seeds/
ENV ASPNETCORE_URLS=http://+:8080 \
    SearchService__IndexPath=/app/index \
    SearchService__SourcePath=/app/seeds
USER 1654
EXPOSE 8080
ENTRYPOINT ["dotnet", "SearchService.Api.dll"]
