using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using LuceneTermStatistics = Lucene.Net.Search.TermStatistics;

namespace FactCheck.Core.Matching;

/// <summary>
/// BM25 (k1 1.2, b 0.75) whose IDF and average document length count only the documents that have the field.
/// Lucene 4.8 divides by every document of the index: each claim lives in one language's field, so 14,231 English
/// claims made the average Indonesian claim look five times shorter than it is and reshuffled the Indonesian ranking
/// (a long Indonesian claim that states the message fell below short ones that share two words with it).
/// </summary>
internal sealed class PerFieldBm25Similarity() : BM25Similarity(1.2f, 0.75f)
{
    public override Explanation IdfExplain(CollectionStatistics collectionStats, LuceneTermStatistics termStats)
    {
        var docCount = DocCount(collectionStats);
        return new Explanation(Idf(termStats.DocFreq, docCount), $"idf(docFreq={termStats.DocFreq}, docCount={docCount})");
    }

    public override Explanation IdfExplain(CollectionStatistics collectionStats, LuceneTermStatistics[] termStats)
    {
        var docCount = DocCount(collectionStats);
        var explanation = new Explanation { Description = "idf(), sum of:" };
        var idf = 0f;
        foreach (var stat in termStats)
        {
            var termIdf = Idf(stat.DocFreq, docCount);
            explanation.AddDetail(new Explanation(termIdf, $"idf(docFreq={stat.DocFreq}, docCount={docCount})"));
            idf += termIdf;
        }

        explanation.Value = idf;
        return explanation;
    }

    protected override float AvgFieldLength(CollectionStatistics collectionStats)
    {
        var sum = collectionStats.SumTotalTermFreq;
        return sum <= 0 ? 1f : (float)(sum / (double)DocCount(collectionStats));
    }

    private static long DocCount(CollectionStatistics stats) => stats.DocCount > 0 ? stats.DocCount : stats.MaxDoc;
}
