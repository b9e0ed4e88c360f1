using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Security;

namespace FactCheck.Discord.Tests.Interactions;

/// <summary>Plays Discord's side of the interactions endpoint: an Ed25519 key pair made for the test, and POSTs signed
/// over X-Signature-Timestamp + body as Discord signs them (or deliberately not).</summary>
internal sealed class DiscordSigner : IDisposable
{
    private readonly Ed25519PrivateKeyParameters privateKey;
    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(20) };

    public DiscordSigner()
    {
        var generator = new Ed25519KeyPairGenerator();
        generator.Init(new Ed25519KeyGenerationParameters(new SecureRandom()));
        var pair = generator.GenerateKeyPair();
        privateKey = (Ed25519PrivateKeyParameters)pair.Private;
        PublicKeyHex = Convert.ToHexStringLower(((Ed25519PublicKeyParameters)pair.Public).GetEncoded());
    }

    /// <summary>What the operator copies from the Developer Portal into Discord:PublicKey.</summary>
    public string PublicKeyHex { get; }

    public static string Now => DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    public static byte[] Json(object interaction) => JsonSerializer.SerializeToUtf8Bytes(interaction);

    /// <summary>The hex signature Discord would send for this timestamp and body.</summary>
    public string Sign(string timestamp, byte[] body)
    {
        var signer = new Ed25519Signer();
        signer.Init(forSigning: true, privateKey);
        var message = Encoding.ASCII.GetBytes(timestamp).Concat(body).ToArray();
        signer.BlockUpdate(message, 0, message.Length);
        return Convert.ToHexStringLower(signer.GenerateSignature());
    }

    /// <summary>POSTs <paramref name="interaction"/> correctly signed, now.</summary>
    public Task<HttpResponseMessage> PostAsync(Uri endpoint, object interaction)
    {
        var body = Json(interaction);
        var timestamp = Now;
        return PostRawAsync(endpoint, body, Sign(timestamp, body), timestamp);
    }

    /// <summary>POSTs <paramref name="body"/> with exactly these headers (null leaves one out).</summary>
    public async Task<HttpResponseMessage> PostRawAsync(Uri endpoint, byte[] body, string? signature, string? timestamp)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Signature-Ed25519", signature);
        }

        if (timestamp is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Signature-Timestamp", timestamp);
        }

        return await http.SendAsync(request);
    }

    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) => http.SendAsync(request);

    public void Dispose() => http.Dispose();
}
