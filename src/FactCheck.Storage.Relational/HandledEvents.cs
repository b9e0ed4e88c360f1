namespace FactCheck.Storage.Relational;

/// <summary>How long a handled platform event is remembered: platforms redeliver within hours.</summary>
internal static class HandledEvents
{
    public static readonly TimeSpan Retention = TimeSpan.FromDays(30);
}
