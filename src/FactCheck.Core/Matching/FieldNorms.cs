using System.Collections.Concurrent;
using Lucene.Net.Index;

namespace FactCheck.Core.Matching;

/// <summary>Each segment's length norms of a field as one byte a document, read once per index state: reading a
/// word's postings asked Lucene's doc values for the norm of every posting, through three virtual calls each, a third
/// of the time it took (<see cref="MessageTermScores"/>).</summary>
internal sealed class FieldNorms
{
    private readonly ConcurrentDictionary<(object Segment, string Field), byte[]?> bytes = new();

    /// <summary>The norm byte of every document of the segment in the field (the byte BM25 indexes its table with), or
    /// null when the field keeps no norms there.</summary>
    public byte[]? Of(AtomicReaderContext leaf, string field) =>
        bytes.GetOrAdd((leaf.Reader.CoreCacheKey, field), static (key, reader) =>
        {
            var norms = reader.GetNormValues(key.Field);
            if (norms is null)
            {
                return null;
            }

            var values = new byte[reader.MaxDoc];
            for (var doc = 0; doc < values.Length; doc++)
            {
                values[doc] = (byte)norms.Get(doc);
            }

            return values;
        }, leaf.AtomicReader);
}
