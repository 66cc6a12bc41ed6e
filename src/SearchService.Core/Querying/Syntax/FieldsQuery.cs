using Lucene.Net.Search;

namespace SearchService.Core.Querying.Syntax;

/// <summary>One word, phrase, prefix or fuzzy word across the level's text fields (one SHOULD clause per field, with
/// its boost): a distinct type so that <c>explain</c> can show it as one part with a share per field.</summary>
internal sealed class FieldsQuery() : BooleanQuery(disableCoord: true);
