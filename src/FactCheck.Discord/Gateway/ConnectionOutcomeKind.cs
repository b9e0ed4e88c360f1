namespace FactCheck.Discord.Gateway;

/// <summary>What the client does after a connection ends.</summary>
internal enum ConnectionOutcomeKind
{
    /// <summary>Reconnect on the resume URL and resume, if a session is known (else identify).</summary>
    Resume,

    /// <summary>Forget the session; reconnect on the gateway URL and identify.</summary>
    Identify,

    /// <summary>As <see cref="Identify"/>, after the 1-5 s wait Discord asks for after op 9 with d = false.</summary>
    IdentifyAfterInvalidSession,

    /// <summary>A close code that must not be retried.</summary>
    Fatal,

    /// <summary>The host is stopping.</summary>
    Stopped,
}
