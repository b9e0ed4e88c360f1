using FactCheck.Tests.Shared;

namespace FactCheck.Bot.Tests;

/// <summary>A temporary folder with a fresh SQLite store for one test, removed afterwards.</summary>
internal sealed class TestStore : IDisposable
{
    private readonly TempFolder directory = new("factcheck-test-");

    public string ConnectionString => $"Data Source={directory.PathOf("bot.db")};Pooling=false";

    public Dictionary<string, string?> Settings => new() { ["Storage:ConnectionString"] = ConnectionString };

    public string PathOf(string name) => directory.PathOf(name);

    public void Dispose() => directory.Dispose();
}
