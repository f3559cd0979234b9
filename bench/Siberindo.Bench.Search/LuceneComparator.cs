using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneIndonesianAnalyzer = Lucene.Net.Analysis.Id.IndonesianAnalyzer;

namespace Siberindo.Bench.Search;

/// <summary>
/// Second comparator: Lucene.Net's rule-based IndonesianAnalyzer (stopwords + Asian's stemmer) with BM25,
/// title boost 2, OR of the query's terms over title and body.
/// </summary>
internal sealed class LuceneComparator : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly LuceneIndonesianAnalyzer _analyzer = new(Version);
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public LuceneComparator(IEnumerable<CorpusArticle> articles)
    {
        var config = new IndexWriterConfig(Version, _analyzer) { Similarity = new BM25Similarity() };
        using (var writer = new IndexWriter(_directory, config))
        {
            foreach (var article in articles)
            {
                writer.AddDocument(new Document
                {
                    new StringField("guid", article.Guid, Field.Store.YES),
                    new TextField("title", article.Title, Field.Store.NO),
                    new TextField("body", article.Body, Field.Store.NO),
                });
            }

            writer.Commit();
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    public IReadOnlyList<string> Search(string query, int top)
    {
        var booleanQuery = new BooleanQuery();
        foreach (var term in AnalyzeQuery(query).Distinct())
        {
            booleanQuery.Add(new TermQuery(new Term("title", term)) { Boost = 2f }, Occur.SHOULD);
            booleanQuery.Add(new TermQuery(new Term("body", term)), Occur.SHOULD);
        }

        return _searcher.Search(booleanQuery, top).ScoreDocs
            .Select(hit => _searcher.Doc(hit.Doc).Get("guid"))
            .ToList();
    }

    private List<string> AnalyzeQuery(string query)
    {
        var terms = new List<string>();
        using var stream = _analyzer.GetTokenStream("body", query);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }
}
