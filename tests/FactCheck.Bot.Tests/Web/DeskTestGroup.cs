namespace FactCheck.Bot.Tests.Web;

/// <summary>The desk's tests run alone: /metrics counts every check in the process, so another test's checks would
/// move the counter these tests read, and a browser is heavy on a shared machine.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DeskTestGroup
{
    public const string Name = "Desk";
}
