using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace FactCheck.Telegram.Tests.Fakes;

/// <summary>Webhook mode: the fake, as Telegram, delivers updates to the bot's webhook URLs (see <see cref="WebhookBalancer"/>).</summary>
internal sealed partial class FakeBotApi
{
    /// <summary>A load balancer in front of <paramref name="urls"/>, through which this fake delivers updates; its
    /// deliveries wake <see cref="WaitUntilAsync"/>.</summary>
    public WebhookBalancer Balance(string secret, IReadOnlyList<string> urls, int connections) => new(secret, urls, connections, Changed);

    /// <summary>A webhook URL on a port that was free a moment ago, for one more bot instance to listen on.</summary>
    public static string FreeWebhookUrl()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return $"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}/telegram/";
    }

    /// <summary>The settings that put a bot in webhook mode on <paramref name="listen"/>, with <paramref name="secret"/>.</summary>
    public static Dictionary<string, string?> WebhookSettings(string listen, string secret) => new()
    {
        ["Telegram:Mode"] = "Webhook",
        ["Telegram:WebhookUrl"] = "https://bot.example.org/telegram/",
        ["Telegram:WebhookSecret"] = secret,
        ["Telegram:WebhookListen"] = listen,
    };

    /// <summary>One webhook call as Telegram makes it: <paramref name="message"/> as update <paramref name="updateId"/>,
    /// with the secret header unless <paramref name="secret"/> is null; returns the bot's status.</summary>
    public static async Task<HttpStatusCode> PostUpdateAsync(
        HttpClient http, string url, JsonObject message, int updateId, string? secret, CancellationToken cancellationToken = default)
    {
        var update = new JsonObject { ["update_id"] = updateId, ["message"] = message.DeepClone() };
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(update.ToJsonString(), Encoding.UTF8, "application/json") };
        if (secret is not null)
        {
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        return response.StatusCode;
    }

    /// <summary>An update carrying <paramref name="message"/>, with the next update_id, for delivery by webhook.</summary>
    public JsonObject MessageUpdate(JsonObject message)
    {
        lock (gate)
        {
            return new JsonObject { ["update_id"] = nextUpdateId++, ["message"] = message.DeepClone() };
        }
    }
}
