namespace FactCheck.Discord.Gateway;

/// <summary>What is needed to resume: session id and resume URL from READY, and the last sequence number seen.</summary>
internal sealed class GatewaySession
{
    private readonly Lock gate = new();
    private string? sessionId;
    private Uri? resumeUrl;
    private long? sequence;

    public string? SessionId
    {
        get { lock (gate) { return sessionId; } }
    }

    public Uri? ResumeUrl
    {
        get { lock (gate) { return resumeUrl; } }
    }

    /// <summary>Last sequence number seen; read by the heartbeat while the receive loop writes it.</summary>
    public long? Sequence
    {
        get { lock (gate) { return sequence; } }
    }

    public bool CanResume
    {
        get { lock (gate) { return sessionId is not null && resumeUrl is not null; } }
    }

    public void Start(string id, Uri resume)
    {
        lock (gate)
        {
            sessionId = id;
            resumeUrl = resume;
        }
    }

    public void Observe(long? s)
    {
        if (s is null)
        {
            return;
        }

        lock (gate)
        {
            sequence = s;
        }
    }

    /// <summary>Forgets the session so that the next connection identifies afresh.</summary>
    public void Clear()
    {
        lock (gate)
        {
            sessionId = null;
            resumeUrl = null;
            sequence = null;
        }
    }
}
