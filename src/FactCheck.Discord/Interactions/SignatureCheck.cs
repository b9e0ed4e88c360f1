namespace FactCheck.Discord.Interactions;

/// <summary>Why a request's signature was accepted or refused; every refusal is a 401, the reason is for the log.</summary>
internal enum SignatureCheck
{
    Valid,

    /// <summary>X-Signature-Ed25519 or X-Signature-Timestamp is absent.</summary>
    Missing,

    /// <summary>The signature is not 128 hex digits, or the timestamp not Unix seconds.</summary>
    Malformed,

    /// <summary>The signature does not match the timestamp and body under the application's key.</summary>
    Forged,

    /// <summary>Correctly signed, but the timestamp is outside the freshness window (a replay or a far-off clock).</summary>
    Stale,
}
