using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using FactCheck.Core.Claims;

namespace FactCheck.Core.Import;

/// <summary>Reads one fact-check file record by record, in batches, so that a file of any size is imported in flat memory.</summary>
/// <remarks>
/// JSONL, CSV and JSON arrays stream: only the current record and one batch of claims are held. An HTML page or a
/// JSON object (a claims:search response, a @graph, a DataFeed) is read whole by <see cref="ClaimFileParser"/> up to
/// <see cref="ImportOptions.MaxWholeBytes"/>; a larger JSON object streams the elements of its record array. A problem with the whole file sets <see cref="FileError"/>, possibly after
/// batches were handed out (a JSON array broken in its middle): the caller must then discard what it stored of the
/// file, which the importer does by rolling back the file's transaction. A broken line of a JSONL file, or a bad CSV
/// row, rejects that record only.
/// </remarks>
public sealed partial class ClaimFileReader
{
    /// <summary>A JSONL line longer than this is rejected, not read: no claim record is this long.</summary>
    public const int MaxLineChars = 4 * 1024 * 1024;

    private const int SniffChars = 1 << 16;

    private static readonly JsonSerializerOptions ArrayOptions = new()
    {
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 128,
    };

    private readonly Func<Stream>? open;
    private readonly ParseContext context;
    private Stream? current;
    private long lastPosition;
    private ParsedFile? whole;

    private ClaimFileReader(string path, long length, Func<Stream>? open, ImportOptions? options, string? error)
    {
        Path = path;
        Length = length;
        this.open = open;
        context = new ParseContext(options);
        FileError = error;
    }

    /// <summary>The file's name as given, as shown in the report.</summary>
    public string Path { get; }

    /// <summary>The file's size in bytes.</summary>
    public long Length { get; }

    /// <summary>The detected format, known once reading started.</summary>
    public string Format { get; private set; } = ImportFormats.Unknown;

    /// <summary>Why the whole file is refused; nothing of it may be kept.</summary>
    public string? FileError { get; private set; }

    /// <summary>A whole-file remark for the top of the report (no rating column recognised); final once reading ended.</summary>
    public string? Warning => whole is not null ? whole.Warning : context.FinalWarning();

    /// <summary>The first rejected records, with position and reason.</summary>
    public IReadOnlyList<ImportRejection> Rejections => whole?.Rejections ?? context.Rejections;

    /// <summary>Rejections beyond <see cref="Rejections"/>, only counted.</summary>
    public int MoreRejected => whole?.MoreRejected ?? context.Rejected - context.Rejections.Count;

    /// <summary>Records read so far (claims and rejections).</summary>
    public long Records => whole is not null ? whole.Claims.Count + whole.Rejections.Count + whole.MoreRejected : context.Records;

    /// <summary>Bytes read so far, for progress.</summary>
    public long BytesRead
    {
        get
        {
            try
            {
                lastPosition = current is { CanSeek: true } s ? Math.Min(s.Position, Length) : lastPosition;
            }
            catch (ObjectDisposedException)
            {
                // Read to the end and closed: the last position stands.
            }

            return lastPosition;
        }
    }

    /// <summary>A file on disk; it is opened when reading starts (and reopened to look ahead: a file can be).</summary>
    public static ClaimFileReader ForFile(string path, ImportOptions? options = null)
    {
        var info = new FileInfo(path);
        return info.Exists
            ? new ClaimFileReader(path, info.Length, () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16), options, null)
            : new ClaimFileReader(path, 0, null, options, "file not found");
    }

    /// <summary>Bytes held in memory (a fetched document), read the same way as a file.</summary>
    public static ClaimFileReader ForBytes(ReadOnlyMemory<byte> bytes, string name, ImportOptions? options = null)
    {
        var segment = MemoryMarshal.TryGetArray(bytes, out var array) ? array : new ArraySegment<byte>(bytes.ToArray());
        return new(name, segment.Count, () => new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false), options, null);
    }

    /// <summary>The file's claims in batches of at most <see cref="ImportOptions.BatchSize"/> (claims of one batch that
    /// share an id are not yet joined). After the last batch, check <see cref="FileError"/>.</summary>
    public async IAsyncEnumerable<IReadOnlyList<Claim>> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (FileError is not null || open is null)
        {
            yield break;
        }

        var batches = Batches(cancellationToken).GetAsyncEnumerator(cancellationToken);
        try
        {
            while (true)
            {
                try
                {
                    if (!await batches.MoveNextAsync())
                    {
                        lastPosition = Length;
                        break;
                    }
                }
                catch (JsonException e)
                {
                    var where = e.LineNumber is { } line ? $" at line {line + 1}" : string.Empty;
                    FileError = $"broken JSON{where}: {JsonTools.Describe(e)}";
                    yield break;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    FileError = $"cannot read the file ({e.Message})";
                    yield break;
                }
                catch (DecoderFallbackException)
                {
                    FileError = "invalid text for its encoding";
                    yield break;
                }

                yield return batches.Current;
            }
        }
        finally
        {
            await batches.DisposeAsync();
            current?.Dispose();
        }
    }

    private async IAsyncEnumerable<IReadOnlyList<Claim>> Batches([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Encoding? encoding;
        int preamble;
        string sniffError;
        using (var sniff = open!())
        {
            encoding = TextDecoder.Sniff(sniff, out preamble, out sniffError);
        }

        if (encoding is null)
        {
            FileError = sniffError;
            yield break;
        }

        var head = ReadHead(encoding, preamble);
        var trimmed = head.AsSpan().TrimStart();
        var extension = System.IO.Path.GetExtension(Path).ToLowerInvariant();
        if (trimmed.IsEmpty)
        {
            FileError = "empty file";
            yield break;
        }

        IAsyncEnumerable<IReadOnlyList<Claim>> source = trimmed[0] switch
        {
            '{' or '[' when extension is ".jsonl" or ".ndjson" || ClaimFileParser.LooksLikeJsonLines(head) => Lines(encoding, preamble, cancellationToken),
            '[' => ArrayItems(encoding, preamble, cancellationToken),
            '{' when Length > context.Options.MaxWholeBytes => ObjectMembers(encoding, preamble, cancellationToken),
            '<' or '{' => Whole(cancellationToken),
            _ when extension is ".csv" or ".tsv" || ClaimFileParser.LooksTabular(head) => CsvRows(encoding, preamble, CsvTokenizer.DetectDelimiter(head), cancellationToken),
            _ => Refuse("not JSON, JSON-LD, HTML or CSV"),
        };
        await foreach (var batch in source.WithCancellation(cancellationToken))
        {
            yield return batch;
        }
    }

    /// <summary>An HTML page or a JSON object: parsed whole, within <see cref="ImportOptions.MaxWholeBytes"/>.</summary>
    private async IAsyncEnumerable<IReadOnlyList<Claim>> Whole([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (Length > context.Options.MaxWholeBytes)
        {
            FileError = $"too large for an HTML page ({Length / (1024 * 1024)} MiB; pages are read whole up to "
                + $"{context.Options.MaxWholeBytes / (1024 * 1024)} MiB): export its ClaimReview as JSONL or a JSON array";
            yield break;
        }

        byte[] bytes;
        await using (var stream = open!())
        {
            current = stream;
            bytes = new byte[Length];
            await stream.ReadExactlyAsync(bytes, cancellationToken);
        }

        var parsed = ClaimFileParser.Parse(bytes, Path, context.Options);
        whole = parsed;
        Format = parsed.Format;
        FileError = parsed.FileError;
        lastPosition = Length;
        if (parsed.FileError is null)
        {
            foreach (var chunk in parsed.Claims.Chunk(context.Options.BatchSize))
            {
                yield return chunk;
            }
        }
    }

    private async IAsyncEnumerable<IReadOnlyList<Claim>> Refuse(string error)
    {
        FileError = error;
        await Task.CompletedTask;
        yield break;
    }

    private List<Claim> Drain()
    {
        var batch = new List<Claim>(context.Claims);
        context.Claims.Clear();
        return batch;
    }

    /// <summary>The beginning of the text, enough to tell the format: the first lines, the CSV header.</summary>
    private string ReadHead(Encoding encoding, int preamble)
    {
        using var text = OpenText(encoding, preamble, track: false);
        var buffer = new char[SniffChars];
        var read = text.ReadBlock(buffer, 0, buffer.Length);
        return new string(buffer, 0, read);
    }

    private StreamReader OpenText(Encoding encoding, int preamble, bool track = true) =>
        new(Opened(preamble, track), encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16, leaveOpen: false);

    private Stream OpenUtf8(Encoding encoding, int preamble)
    {
        var stream = Opened(preamble, track: true);
        return encoding is UTF8Encoding ? stream : Encoding.CreateTranscodingStream(stream, encoding, Encoding.UTF8, leaveOpen: false);
    }

    private Stream Opened(int preamble, bool track)
    {
        var stream = open!();
        stream.Seek(preamble, SeekOrigin.Begin);
        if (track)
        {
            current = stream;
        }

        return stream;
    }
}
