using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;

namespace FactCheck.Discord.Interactions;

/// <summary>Discord's request signature: Ed25519 over the X-Signature-Timestamp text followed by the raw body, under
/// the application's public key, and a timestamp no further than <see cref="MaxSkew"/> from our clock.</summary>
/// <remarks>
/// The window is our policy, not Discord's: the timestamp is signed, so a captured request can be replayed only within
/// it, and a replay inside it is a duplicate interaction id that the store refuses (TryMarkHandled). Five minutes
/// tolerates an unsynchronised clock without keeping old requests replayable for long.
/// </remarks>
internal sealed class InteractionSignature(Ed25519PublicKeyParameters publicKey, TimeProvider time)
{
    public static readonly TimeSpan MaxSkew = TimeSpan.FromMinutes(5);

    private const int SignatureLength = 64;
    private const int PublicKeyLength = 32;

    public SignatureCheck Check(string? signatureHex, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(signatureHex) || string.IsNullOrEmpty(timestamp))
        {
            return SignatureCheck.Missing;
        }

        Span<byte> signature = stackalloc byte[SignatureLength];
        if (!TryParseHex(signatureHex, signature) || timestamp.Length > 12
            || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return SignatureCheck.Malformed;
        }

        var signer = new Ed25519Signer();
        signer.Init(forSigning: false, publicKey);
        signer.BlockUpdate(Encoding.ASCII.GetBytes(timestamp));
        signer.BlockUpdate(body);
        if (!signer.VerifySignature(signature.ToArray()))
        {
            return SignatureCheck.Forged;
        }

        var skew = Math.Abs(time.GetUtcNow().ToUnixTimeSeconds() - seconds);
        return skew > MaxSkew.TotalSeconds ? SignatureCheck.Stale : SignatureCheck.Valid;
    }

    /// <summary>Reads the Developer Portal's hex public key; false for the wrong length, non-hex text or a point not on the curve.</summary>
    public static bool TryParsePublicKey(string? hex, [NotNullWhen(true)] out Ed25519PublicKeyParameters? key)
    {
        key = null;
        var bytes = new byte[PublicKeyLength];
        if (hex is null || !TryParseHex(hex.Trim(), bytes))
        {
            return false;
        }

        try
        {
            key = new Ed25519PublicKeyParameters(bytes);
            return true;
        }
        catch (ArgumentException)
        {
            // BouncyCastle refuses bytes that are not a point on the curve.
            return false;
        }
    }

    private static bool TryParseHex(string hex, Span<byte> into) =>
        hex.Length == into.Length * 2
        && Convert.FromHexString(hex, into, out _, out var written) == OperationStatus.Done
        && written == into.Length;
}
