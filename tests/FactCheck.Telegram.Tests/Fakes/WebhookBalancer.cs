using System.Text;
using System.Text.Json.Nodes;

namespace FactCheck.Telegram.Tests.Fakes;

/// <summary>Telegram delivering webhook updates through a load balancer to several bot instances: each update is POSTed
/// to one instance and delivered again, to the next instance, until one answers 2xx (a refused connection, a
/// connection cut by a killed instance, a 503 or any other status is not an acknowledgement), with at most
/// <c>connections</c> calls open at once, as Telegram's max_connections.</summary>
internal sealed class WebhookBalancer(string secret, IReadOnlyList<string> urls, int connections, Action changed) : IDisposable
{
    private static readonly TimeSpan FirstPause = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(1);

    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(60) };
    private readonly SemaphoreSlim slots = new(connections);
    private readonly Lock gate = new();
    private readonly List<(int UpdateId, int Target)> open = [];
    private int redeliveries;

    /// <summary>Calls that were not acknowledged, so their update was delivered again.</summary>
    public int Redeliveries => Volatile.Read(ref redeliveries);

    /// <summary>The calls open right now: which update, to which instance.</summary>
    public IReadOnlyList<(int UpdateId, int Target)> Open
    {
        get
        {
            lock (gate)
            {
                return [.. open];
            }
        }
    }

    /// <summary>Delivers <paramref name="update"/>, first to instance <paramref name="target"/>, until an instance
    /// acknowledges it; returns that instance.</summary>
    public async Task<int> DeliverAsync(JsonObject update, int target, CancellationToken cancellationToken)
    {
        var body = update.ToJsonString();
        var id = update["update_id"]!.GetValue<int>();
        var pause = FirstPause;
        for (var attempt = 0; ; attempt++)
        {
            var to = (target + attempt) % urls.Count;
            if (await PostAsync(id, to, body, cancellationToken))
            {
                return to;
            }

            Interlocked.Increment(ref redeliveries);
            if ((attempt + 1) % urls.Count == 0)
            {
                // Every instance refused it once: Telegram waits before delivering a failed update again. Without the
                // pause, an update a killed instance still holds a claim on would be bounced to and fro until it runs out.
                await Task.Delay(pause, cancellationToken);
                pause = pause * 2 < LongestPause ? pause * 2 : LongestPause;
            }
        }
    }

    public void Dispose()
    {
        http.Dispose();
        slots.Dispose();
    }

    private async Task<bool> PostAsync(int id, int to, string body, CancellationToken cancellationToken)
    {
        await slots.WaitAsync(cancellationToken);
        lock (gate)
        {
            open.Add((id, to));
        }

        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, urls[to]) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
            using var response = await http.SendAsync(request, cancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            // Nobody listening, or the instance died mid-call: not acknowledged.
            return false;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // No answer within the client's time: not acknowledged.
            return false;
        }
        finally
        {
            lock (gate)
            {
                open.Remove((id, to));
            }

            slots.Release();
            changed();
        }
    }
}
