using FactCheck.Bot.Cli;
using FactCheck.Core.Checking;
using FactCheck.Core.Matching.Embeddings;
using FactCheck.Core.Storage;
using FactCheck.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FactCheck.Bot.Tests;

/// <summary>The host with sentence embeddings switched on: same answers to the seed article, claim vectors kept in the store.</summary>
public sealed class EmbeddingsHostTests : IDisposable
{
    private static readonly string[] Article = File.ReadAllLines(Path.Combine(RepoPaths.Root, "seeds", "000_d1b17a01c544b071.txt"));
    private readonly TestStore store = new();

    private Dictionary<string, string?> Settings(string model = "minilm", string? directory = null)
    {
        var settings = store.Settings;
        settings["Embeddings:Enabled"] = "true";
        settings["Embeddings:Model"] = model;
        settings["Embeddings:Directory"] = directory;
        return settings;
    }

    [Fact]
    public async Task With_embeddings_the_seed_quote_is_still_answered_and_every_claim_text_has_a_stored_vector()
    {
        using var host = await VerbHost.StartAsync(loadIndex: true, CancellationToken.None, Settings());
        var checks = host.Services.GetRequiredService<CheckService>();

        var report = await checks.CheckAsync(new CheckRequest(Article[1]), CancellationToken.None);

        var match = Assert.Single(report.Matches, m => m.Decision == MatchDecision.Reply);
        Assert.Contains("too crazy for us", match.Claim.Text, StringComparison.Ordinal);
        var embedder = host.Services.GetRequiredService<ITextEmbedder>();
        var stored = await host.Services.GetRequiredService<IEmbeddingStore>().LoadAsync(embedder.ModelId, CancellationToken.None);
        var texts = ClaimVectors.TextsOf(checks.Matcher!.Index.Claims);
        Assert.All(texts, t => Assert.True(stored.ContainsKey(EmbeddingKey.Of(t.Text)), $"no stored vector for '{t.Text}'"));
    }

    [Fact]
    public async Task A_model_directory_that_does_not_exist_stops_the_host_naming_the_setting()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(
            () => VerbHost.StartAsync(loadIndex: true, CancellationToken.None, Settings("directory", store.PathOf("no-such-model"))));

        Assert.Contains("Embeddings:Directory", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Embeddings_are_on_unless_a_setting_turns_them_off()
    {
        var settings = store.Settings;
        settings["Embeddings:Enabled"] = null; // masks the test suite's own Embeddings__Enabled=false
        settings["Embeddings:Model"] = "minilm";
        using var host = BotHostFactory.CreateBuilder([], settings, consoleChat: false).Build();

        Assert.True(new EmbeddingModelOptions().Enabled);
        Assert.NotNull(host.Services.GetService<ITextEmbedder>());
        Assert.Contains("\"Enabled\": true", File.ReadAllText(Path.Combine(RepoPaths.Root, "appsettings.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_import_embeds_the_new_claims_so_the_next_start_runs_the_model_on_none_of_them()
    {
        var file = store.PathOf("claims.jsonl");
        await File.WriteAllLinesAsync(file,
        [
            """{"id":"e1","text":"A viral video shows a ten meter anaconda crossing a river","language":"en","rating":"False"}""",
            """{"id":"e2","text":"Drinking hot water with lemon cures the flu in a day","language":"en","rating":"False","title":"Lemon water flu cure"}""",
        ]);
        var errors = new StringWriter();

        var code = await ImportCommand.RunAsync([file], new CliContext(TextReader.Null, TextWriter.Null, errors, Settings()), CancellationToken.None);

        Assert.Equal(0, code);
        Assert.Contains("texts embedded now", errors.ToString(), StringComparison.Ordinal);
        using var host = await VerbHost.StartAsync(loadIndex: true, CancellationToken.None, Settings());
        var checks = host.Services.GetRequiredService<CheckService>();
        Assert.Equal(0, checks.VectorReport!.Computed);
        Assert.True(checks.VectorReport.Owners >= 2);
    }

    public void Dispose() => store.Dispose();
}
