using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using FactCheck.Core.Claims;

namespace FactCheck.Core.Import;

/// <summary>Reading JSON documents element by element: a top-level array, or a large object's record array.</summary>
public sealed partial class ClaimFileReader
{
    /// <summary>A top-level JSON array, one element at a time: claim records, Fact Check Tools claims or ClaimReview nodes.</summary>
    private async IAsyncEnumerable<IReadOnlyList<Claim>> ArrayItems(Encoding encoding, int preamble, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Format = ImportFormats.Json;
        await using var utf8 = OpenUtf8(encoding, preamble);
        var index = 0;
        await foreach (var item in JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(utf8, ArrayOptions, cancellationToken))
        {
            var position = $"record {++index}";
            if (FactCheckApiReader.IsClaim(item))
            {
                Format = index == 1 ? ImportFormats.FactCheckTools : Format;
                FactCheckApiReader.ReadClaim(item, position, context);
            }
            else if (ClaimsJsonlReader.IsRecord(item))
            {
                Format = index == 1 ? ImportFormats.ClaimsJsonl : Format;
                ClaimsJsonlReader.ReadRecord(item, position, context);
            }
            else
            {
                Format = index == 1 ? ImportFormats.ClaimReview : Format;
                ClaimReviewReader.ReadAll(item, context);
            }

            if (context.Claims.Count >= context.Options.BatchSize)
            {
                yield return Drain();
            }
        }

        if (context.Records == 0)
        {
            FileError = "no ClaimReview, Fact Check Tools claim or claim record found in this JSON";
            yield break;
        }

        yield return Drain();
    }

    /// <summary>A JSON object too large to parse whole: the elements of its record array, one at a time.</summary>
    private async IAsyncEnumerable<IReadOnlyList<Claim>> ObjectMembers(Encoding encoding, int preamble, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Format = ImportFormats.ClaimReview;
        await using var utf8 = OpenUtf8(encoding, preamble);
        var streamer = new JsonArrayMemberStreamer();
        var buffer = new byte[1 << 20];
        var filled = 0;
        var final = false;
        var index = 0;
        void Element(JsonElement item)
        {
            if (streamer.ArrayName == "claims" && FactCheckApiReader.IsClaim(item))
            {
                Format = ImportFormats.FactCheckTools;
                FactCheckApiReader.ReadClaim(item, $"record {++index}", context);
            }
            else
            {
                ClaimReviewReader.ReadAll(item, context);
            }
        }

        while (!final)
        {
            if (filled == buffer.Length)
            {
                if (buffer.Length >= context.Options.MaxWholeBytes)
                {
                    FileError = $"one element of the document is over {context.Options.MaxWholeBytes / (1024 * 1024)} MiB";
                    yield break;
                }

                Array.Resize(ref buffer, buffer.Length * 2);
            }

            var read = await utf8.ReadAsync(buffer.AsMemory(filled), cancellationToken);
            filled += read;
            final = read == 0;
            var consumed = streamer.Read(buffer.AsSpan(0, filled), final, Element);
            buffer.AsSpan(consumed, filled - consumed).CopyTo(buffer);
            filled -= consumed;
            if (context.Claims.Count >= context.Options.BatchSize)
            {
                yield return Drain();
            }
        }

        if (context.Records == 0)
        {
            FileError = $"no ClaimReview found in the @graph, dataFeedElement, itemListElement or claims array (a JSON object over "
                + $"{context.Options.MaxWholeBytes / (1024 * 1024)} MiB is read from those arrays only)";
            yield break;
        }

        yield return Drain();
    }
}
