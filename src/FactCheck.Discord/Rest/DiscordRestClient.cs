using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace FactCheck.Discord.Rest;

/// <summary>Sends REST calls to Discord within its rate limits: waits on 429, retries 5xx a few times, stops on 401.</summary>
internal sealed class DiscordRestClient(HttpClient http, RestRateLimiter limiter, string token, ILogger<DiscordRestClient> logger) : IDisposable
{
    private const int MaxAttempts = 5;
    private const int MaxServerErrorRetries = 3;

    private volatile bool unauthorized;

    /// <summary>True once Discord answered 401: nothing more is sent with this token.</summary>
    public bool IsUnauthorized => unauthorized;

    public async Task<RestResult> SendAsync(RestRequest request, CancellationToken cancellationToken)
    {
        var serverErrors = 0;
        RestResult last = new(RestStatus.Failed, 0, default, "not sent");
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            if (unauthorized && request.Authorized)
            {
                return new RestResult(RestStatus.Unauthorized, 401, default, "token rejected earlier");
            }

            await limiter.WaitAsync(request, cancellationToken);
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(Build(request), cancellationToken);
            }
            catch (HttpRequestException ex)
            {
                RestLog.Transport(logger, request.Route, ex);
                last = new RestResult(RestStatus.Failed, 0, default, ex.Message);
                if (++serverErrors > MaxServerErrorRetries)
                {
                    return last;
                }

                await Task.Delay(ServerErrorDelay(serverErrors), cancellationToken);
                continue;
            }

            using (response)
            {
                var body = await ReadJsonAsync(response, cancellationToken);
                Observe(request, response);
                var status = (int)response.StatusCode;
                if (response.IsSuccessStatusCode)
                {
                    return new RestResult(RestStatus.Ok, status, body);
                }

                last = new RestResult(RestStatus.Failed, status, body, ErrorText(body));
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    var (retryAfter, global) = RetryAfter(response, body);
                    RestLog.RateLimited(logger, request.Route, retryAfter, global);
                    limiter.Limited(request, retryAfter, global);
                    continue;
                }

                if (response.StatusCode == HttpStatusCode.Unauthorized && request.Authorized)
                {
                    unauthorized = true;
                    RestLog.Unauthorized(logger);
                    return last with { Status = RestStatus.Unauthorized };
                }

                if (status >= 500 && ++serverErrors <= MaxServerErrorRetries)
                {
                    RestLog.ServerError(logger, request.Route, status);
                    await Task.Delay(ServerErrorDelay(serverErrors), cancellationToken);
                    continue;
                }

                RestLog.Refused(logger, request.Route, status, last.Error);
                return last;
            }
        }

        RestLog.GaveUp(logger, request.Route, MaxAttempts);
        return last;
    }

    private HttpRequestMessage Build(RestRequest request)
    {
        var message = new HttpRequestMessage(request.Method, request.Path);
        if (request.Authorized)
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Bot", token);
        }

        if (request.File is { } file)
        {
            // Discord's upload form: the message as payload_json, the file as files[0].
            var form = new MultipartFormDataContent();
            if (request.Body is not null)
            {
                form.Add(JsonContent(request.Body), "payload_json");
            }

            var bytes = new ByteArrayContent(file.Bytes);
            bytes.Headers.ContentType = new MediaTypeHeaderValue(file.MediaType);
            form.Add(bytes, "files[0]", file.FileName);
            message.Content = form;
        }
        else if (request.Body is not null)
        {
            message.Content = JsonContent(request.Body);
        }

        return message;
    }

    private static ByteArrayContent JsonContent(object body)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, DiscordJson.Options));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    private void Observe(RestRequest request, HttpResponseMessage response)
    {
        var bucket = Header(response, "X-RateLimit-Bucket");
        int? remaining = int.TryParse(Header(response, "X-RateLimit-Remaining"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var r) ? r : null;
        TimeSpan? resetAfter = double.TryParse(Header(response, "X-RateLimit-Reset-After"), NumberStyles.Float, CultureInfo.InvariantCulture, out var s)
            ? TimeSpan.FromSeconds(s)
            : null;
        limiter.Observe(request, bucket, remaining, resetAfter);
    }

    private static (TimeSpan RetryAfter, bool Global) RetryAfter(HttpResponseMessage response, JsonElement body)
    {
        double seconds = 1;
        if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("retry_after", out var ra) && ra.TryGetDouble(out var fromBody))
        {
            seconds = fromBody;
        }
        else if (double.TryParse(Header(response, "Retry-After"), NumberStyles.Float, CultureInfo.InvariantCulture, out var fromHeader))
        {
            seconds = fromHeader;
        }

        var global = string.Equals(Header(response, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase)
            || (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("global", out var g) && g.ValueKind == JsonValueKind.True);

        // Bounded so that a nonsense value cannot park the bot for hours.
        return (TimeSpan.FromSeconds(Math.Clamp(seconds, 0, 300)), global);
    }

    private static TimeSpan ServerErrorDelay(int failures) => TimeSpan.FromMilliseconds(250 * Math.Pow(2, failures - 1));

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    public void Dispose() => http.Dispose();

    private static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (bytes.Length == 0)
        {
            return default;
        }

        try
        {
            using var doc = JsonDocument.Parse(bytes);
            return doc.RootElement.Clone();
        }
        catch (JsonException)
        {
            // A proxy's HTML error page: the status code alone decides.
            return default;
        }
    }

    private static string? ErrorText(JsonElement body) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String
            ? m.GetString()
            : null;
}
