using System.Collections.Concurrent;
using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace FactCheck.Bot.Tests.Feeds;

/// <summary>A fact-checker's web site on 127.0.0.1 speaking plain HTTP/1.1: serves the files under Feeds/Site with
/// `{BASE}` replaced, strong ETags and 304s for If-None-Match, gzip when asked, the Fact Check Tools API's paging
/// (with its key checked), and scripted answers: a status once (a 429 with Retry-After), a page that never ends.</summary>
internal sealed class FakeFactCheckSite : IAsyncDisposable
{
    public const string ApiKey = "AIzaFAKE-test-key-0123456789abcdef";

    private readonly HttpListener listener = new();
    private readonly Task loop;
    private readonly string root = Path.Combine(AppContext.BaseDirectory, "Feeds", "Site");
    private readonly ConcurrentQueue<SiteRequest> requests = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<(int Status, string? RetryAfter)>> scripted = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> overrides = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> redirects = new(StringComparer.Ordinal);
    private long endlessBytesWritten;

    public FakeFactCheckSite()
    {
        Port = FreePort();
        listener.Prefixes.Add(BaseUrl + "/");
        listener.Start();
        loop = Task.Run(AcceptLoopAsync);
    }

    public int Port { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    /// <summary>The path served as a page that never ends (for the size cap).</summary>
    public string EndlessPath { get; set; } = "/artikel/raksasa.html";

    /// <summary>How much of the endless page went out before the client hung up.</summary>
    public long EndlessBytesWritten => Interlocked.Read(ref endlessBytesWritten);

    public IReadOnlyList<SiteRequest> Requests => [.. requests];

    public IReadOnlyList<SiteRequest> RequestsTo(string path) => [.. requests.Where(r => r.Path == path)];

    /// <summary>The next request to <paramref name="path"/> answers <paramref name="status"/> (with Retry-After when given).</summary>
    public void AnswerOnce(string path, int status, string? retryAfter = null) =>
        scripted.GetOrAdd(path, _ => new()).Enqueue((status, retryAfter));

    /// <summary>Every request to <paramref name="path"/> answers 301 to <paramref name="location"/> (relative, as sites often send it).</summary>
    public void Redirect(string path, string location) => redirects[path] = location;

    /// <summary>Serves <paramref name="content"/> at <paramref name="path"/> instead of its file ({BASE} is replaced).</summary>
    public void Override(string path, string content) => overrides[path] = content;

    public async ValueTask DisposeAsync()
    {
        listener.Close();
        await loop;
    }

    private async Task AcceptLoopAsync()
    {
        while (true)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            // Side by side, as a real server would: so the recorded times show whether the bot ever overlapped two requests.
            _ = Task.Run(() => ServeAsync(context));
        }
    }

    private async Task ServeAsync(HttpListenerContext context)
    {
        var request = context.Request;
        var response = context.Response;
        var started = DateTimeOffset.UtcNow;
        var path = request.Url!.AbsolutePath;
        var status = 200;
        var gzipped = false;
        DateTimeOffset? answered = null;
        try
        {
            if (scripted.TryGetValue(path, out var queue) && queue.TryDequeue(out var script))
            {
                status = script.Status;
                if (script.RetryAfter is not null)
                {
                    response.AddHeader("Retry-After", script.RetryAfter);
                }
            }
            else if (redirects.TryGetValue(path, out var location))
            {
                status = 301;
                response.AddHeader("Location", location);
            }
            else if (path == EndlessPath)
            {
                await ServeEndlessAsync(response);
                return;
            }
            else if (Content(path, request.QueryString["pageToken"], request.Headers["x-goog-api-key"], out status) is { } body)
            {
                var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)).AsSpan(0, 8))}\"";
                response.AddHeader("ETag", etag);
                response.AddHeader("Last-Modified", "Sun, 22 Nov 2026 10:00:00 GMT");
                if (request.Headers["If-None-Match"] == etag)
                {
                    status = 304;
                }
                else
                {
                    response.ContentType = ContentType(path);
                    var bytes = Encoding.UTF8.GetBytes(body);
                    if (request.Headers["Accept-Encoding"]?.Contains("gzip", StringComparison.OrdinalIgnoreCase) == true)
                    {
                        bytes = Gzip(bytes);
                        response.AddHeader("Content-Encoding", "gzip");
                        gzipped = true;
                    }

                    response.StatusCode = status;
                    response.ContentLength64 = bytes.Length;
                    answered = DateTimeOffset.UtcNow;
                    await response.OutputStream.WriteAsync(bytes);
                }
            }

            response.StatusCode = status;

            // Taken before any byte of the answer leaves: the client cannot have it earlier, so no gap measured from
            // here is overstated.
            answered ??= DateTimeOffset.UtcNow;
            response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or IOException or InvalidOperationException)
        {
            // The client hung up, as the bot does on a page over its size cap.
        }
        finally
        {
            requests.Enqueue(new SiteRequest(
                path, request.Url!.Query, request.Headers["If-None-Match"], request.UserAgent, request.Headers["x-goog-api-key"],
                status, gzipped, started, answered ?? DateTimeOffset.UtcNow));
        }
    }

    private string? Content(string path, string? pageToken, string? apiKey, out int status)
    {
        status = 200;
        if (path.EndsWith("/claims:search", StringComparison.Ordinal))
        {
            if (apiKey != ApiKey)
            {
                status = 403;
                return "{\"error\":{\"code\":403,\"message\":\"API key not valid.\"}}";
            }

            path = pageToken == "p2" ? "/api-page2.json" : "/api-page1.json";
        }

        if (overrides.TryGetValue(path, out var text))
        {
            return text.Replace("{BASE}", BaseUrl, StringComparison.Ordinal);
        }

        var file = Path.GetFullPath(Path.Combine(root, path.TrimStart('/')));
        if (!file.StartsWith(root, StringComparison.Ordinal) || !File.Exists(file))
        {
            status = 404;
            return "<html><body>Not found</body></html>";
        }

        return File.ReadAllText(file).Replace("{BASE}", BaseUrl, StringComparison.Ordinal);
    }

    /// <summary>Chunked, with no Content-Length, 64 KiB at a time up to 64 MiB: the client must stop reading by itself.</summary>
    private async Task ServeEndlessAsync(HttpListenerResponse response)
    {
        response.ContentType = "text/html";
        response.SendChunked = true;
        var chunk = Encoding.ASCII.GetBytes(new string('x', 64 * 1024));
        for (var i = 0; i < 1024; i++)
        {
            await response.OutputStream.WriteAsync(chunk);
            Interlocked.Add(ref endlessBytesWritten, chunk.Length);
        }

        response.Close();
    }

    private static string ContentType(string path) => Path.GetExtension(path) switch
    {
        ".xml" => "application/xml",
        ".json" => "application/json",
        ".txt" => "text/plain",
        _ => "text/html; charset=utf-8",
    };

    private static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
