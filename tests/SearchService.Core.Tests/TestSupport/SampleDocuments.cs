using SearchService.Core.Documents;

namespace SearchService.Core.Tests.TestSupport;

/// <summary>A handful of enriched documents (actors, nations, quotations) to index beside the seeds.</summary>
public static class SampleDocuments
{
    public static IReadOnlyList<Document> All { get; } =
    [
        new PressReleaseBuilder("putin-trump-call", "Putin and Trump discuss Ukraine by telephone")
            .WithDepartment("Foreign Office").WithDate("2025-03-18").WithActors("Vladimir Putin", "Donald Trump").WithNations("Russia", "United States")
            .WithParagraph("Vladimir Putin and Donald Trump spoke for two hours about a possible ceasefire.").Build(),
        new PressReleaseBuilder("putin-ceasefire-terms", "Defence Secretary rejects Putin's ceasefire terms")
            .WithDepartment("Ministry of Defence").WithDate("2025-04-11").WithActors("John Healey", "Vladimir Putin").WithNations("Russia", "France")
            .WithParagraph("The Defence Secretary spoke in Paris about Putin and the war.")
            .WithQuote("John Healey", "We will not accept a ceasefire on Putin's terms; peace must be just and lasting.").Build(),
        new PressReleaseBuilder("berlin-talks", "Defence ministers meet in Berlin")
            .WithSummary("Talks on the security of Europe.")
            .WithDepartment("Ministry of Defence").WithDate("2025-05-02").WithActors("John Healey", "Sébastien Lecornu").WithNations("Germany", "France")
            .WithParagraph("Ministers from Germany and France met their British counterpart in Berlin.")
            .WithQuote("Sébastien Lecornu", "Europe must carry more of the burden of its own security.").Build(),
        new PressReleaseBuilder("german-exercise", "British troops train with German forces")
            .WithDepartment("Ministry of Defence").WithDate("2024-11-20").WithActors("Maria Eagle").WithNations("Germany")
            .WithParagraph("Troops from the United Kingdom trained with German forces in Lower Saxony.").Build(),
    ];
}
