using SearchService.Indexer;

return IndexerCli.Run(args, Console.Out, Console.Error);
