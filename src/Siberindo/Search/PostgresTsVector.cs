using System.Text;

namespace Siberindo.Search;

/// <summary>
/// An article's terms in <c>tsvector</c> text form: what <c>setweight(to_tsvector('simple', title), 'A') ||
/// setweight(to_tsvector('simple', body), 'B')</c> makes of them, written here so the server only reads a list instead
/// of running its text parser over every article. Terms are <c>[a-z0-9]+</c>, which that parser keeps whole as one
/// word each; positions count words from 1, body positions follow the title's, and PostgreSQL's limits (positions up
/// to 16383, 255 per lexeme) apply. Facet tokens follow as lexemes of their own, without positions, marked with
/// <see cref="FacetMark"/> so no term can ever equal one.
/// </summary>
internal static class PostgresTsVector
{
    private const int MaxPosition = 16383, MaxPositionsPerLexeme = 255;
    public const char FacetMark = '#';

    public static string Facet(string token) => FacetMark + token;

    public static string Text(string titleTerms, string bodyTerms, string facets = "")
    {
        var lexemes = new Dictionary<string, List<(int Position, char Weight)>>(StringComparer.Ordinal);
        var position = 0;
        Add(titleTerms, 'A');
        Add(bodyTerms, 'B');

        var text = new StringBuilder((titleTerms.Length + bodyTerms.Length) * 2);
        foreach (var (term, positions) in lexemes)
        {
            if (text.Length > 0) text.Append(' ');
            text.Append('\'').Append(term).Append("':");
            for (var i = 0; i < positions.Count; i++)
            {
                if (i > 0) text.Append(',');
                text.Append(positions[i].Position).Append(positions[i].Weight);
            }
        }
        foreach (var range in facets.AsSpan().Split(' '))
        {
            if (range.End.Value == range.Start.Value) continue;
            text.Append(text.Length > 0 ? " '" : "'").Append(FacetMark).Append(facets.AsSpan()[range]).Append('\'');
        }
        return text.ToString();

        void Add(string terms, char weight)
        {
            foreach (var range in terms.AsSpan().Split(' '))
            {
                var term = terms[range];
                if (term.Length == 0) continue;
                position++;
                if (!lexemes.TryGetValue(term, out var positions)) lexemes[term] = positions = [];
                var p = Math.Min(position, MaxPosition);
                if (positions.Count < MaxPositionsPerLexeme && (positions.Count == 0 || positions[^1].Position != p))
                    positions.Add((p, weight));
            }
        }
    }
}
