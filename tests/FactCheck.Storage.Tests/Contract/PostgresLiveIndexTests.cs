using FactCheck.Bot.Hosting;
using FactCheck.Core.Checking;
using FactCheck.Core.Claims;
using FactCheck.Core.Matching;
using FactCheck.Core.Storage;
using FactCheck.Storage.Postgres;
using FactCheck.Storage.Relational;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FactCheck.Storage.Tests.Contract;

/// <summary>Two instances on one PostgreSQL store, each with its own index folder: a claim added through one is
/// answered by the other within 5 s, woken by NOTIFY alone (its poll clock never moves).</summary>
public sealed class PostgresLiveIndexTests
{
    private const string Rumour = "Drinking hot lemon water every morning kills the coronavirus in the throat";

    [SkippableFact]
    public async Task A_claim_added_through_one_instance_is_answered_by_the_other_within_5_seconds_without_a_poll()
    {
        await using var target = await PostgresTarget.CreateAsync();
        var folder = Directory.CreateTempSubdirectory("factcheck-pg-index-").FullName;
        try
        {
            await target.ClaimStore().UpsertAsync([Make("moon", "The moon landing was filmed in a studio in Nevada desert")], CancellationToken.None);
            var database = target.Database();
            using var other = new CheckService(new PostgresClaimStore(database), new MatchingOptions(), null, null, new SqlClaimChangeLog(database),
                new ClaimIndexLocation(Path.Combine(folder, "other.index")));
            await other.ReloadAsync(CancellationToken.None);
            var advanced = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            other.IndexAdvanced += (_, _) => advanced.TrySetResult();
            await using var signal = new PostgresClaimChangeSignal(database, TimeProvider.System, NullLogger<PostgresClaimChangeSignal>.Instance);
            using var watcher = new ClaimIndexWatcher(other, Options.Create(new StorageOptions()), new FakeTimeProvider(), NullLogger<ClaimIndexWatcher>.Instance, signal);
            await watcher.StartAsync(CancellationToken.None);
            await signal.NextChangeAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10)); // listening

            // The first instance: its own store object, as another process.
            await target.ClaimStore().UpsertAsync([Make("lemon", Rumour)], CancellationToken.None);
            await advanced.Task.WaitAsync(TimeSpan.FromSeconds(5));
            await watcher.StopAsync(CancellationToken.None);

            Assert.Equal("lemon", (await other.CheckAsync(new CheckRequest(Rumour), CancellationToken.None)).Matches.Single(m => m.Decision == MatchDecision.Reply).Claim.Id);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Claim Make(string id, string text) => new(
        id, text, "en", [], [],
        [new Review($"https://factcheck.example.org/{id}", new Publisher("Example Fact Check", "factcheck.example.org"), "False", Verdict.False)]);
}
