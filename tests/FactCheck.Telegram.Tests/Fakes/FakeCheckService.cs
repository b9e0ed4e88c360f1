using System.Collections.Concurrent;
using FactCheck.Core.Checking;
using FactCheck.Core.Claims;

namespace FactCheck.Telegram.Tests.Fakes;

/// <summary>A checker with a few fixed claims, standing in for the core until it lands; records every request.</summary>
internal sealed class FakeCheckService : ICheckService
{
    public static readonly Claim Seed = new(
        "seed-kim-putin",
        "Kim Jong Un told Putin \"you are too crazy for us\"",
        "en",
        [new Phrasing("Kim Jong Un kepada Putin: Anda terlalu gila bagi kami", "id")],
        [],
        [new Review("https://www.express.co.uk/news/world/1577000/kim-jong-un-putin", new Publisher("Express UK", "express.co.uk"), "Unverified", Verdict.Unverified, new DateOnly(2022, 3, 8), "Kim Jong-un 'tells Putin you are too crazy for us'")]);

    public static readonly Claim FiveG = new(
        "5g-covid", "5G towers spread COVID-19 <fast>", "en", [], [],
        [new Review("https://factcheck.example.org/2024/05/5g-covid?a=1&b=2", new Publisher("Example Fact Check"), "Pants on fire", Verdict.False, new DateOnly(2024, 5, 2))]);

    public static readonly Claim Vaccine = new(
        "vaccine-chip", "Vaccines contain microchips", "en", [], [],
        [new Review("https://factcheck.example.org/chips", new Publisher("Example Fact Check"), "False", Verdict.False)]);

    public ConcurrentQueue<CheckRequest> Requests { get; } = new();

    /// <summary>Runs as each check starts: a test sees what had already happened when a message began to be handled.</summary>
    public Action<CheckRequest>? OnCheck { get; set; }

    public Task<CheckReport> CheckAsync(CheckRequest request, CancellationToken cancellationToken)
    {
        Requests.Enqueue(request);
        OnCheck?.Invoke(request);
        var lang = request.UiLanguage ?? "en";
        var text = request.Text;
        if (text.Trim().Length == 0)
        {
            return Task.FromResult(new CheckReport(lang, InputNote.Empty, [], [], 0));
        }

        if (!text.Any(char.IsLetterOrDigit))
        {
            return Task.FromResult(new CheckReport(lang, InputNote.NothingToCheck, [], [], 0));
        }

        if (text.Length > 5000)
        {
            var many = Enumerable.Range(0, 40).Select(i => new ClaimMatch(Seed with { Id = "c" + i }, MatchDecision.Reply, 0.9, new string('x', 400))).ToList();
            return Task.FromResult(new CheckReport(lang, InputNote.Truncated, many, ["rest"], 41));
        }

        var matches = new List<ClaimMatch>();
        if (text.Contains("crazy", StringComparison.OrdinalIgnoreCase) || text.Contains("terlalu gila", StringComparison.OrdinalIgnoreCase))
        {
            matches.Add(new ClaimMatch(Seed, MatchDecision.Reply, 0.93, "you are too crazy for us"));
        }

        if (text.Contains("5G", StringComparison.Ordinal))
        {
            matches.Add(new ClaimMatch(FiveG, MatchDecision.Reply, 0.91, "5G towers <spread> covid"));
        }

        if (text.Contains("vaccine", StringComparison.OrdinalIgnoreCase))
        {
            matches.Add(new ClaimMatch(Vaccine, MatchDecision.Suggest, 0.6, "vaccine"));
        }

        return Task.FromResult(new CheckReport(lang, InputNote.None, matches, [], 1));
    }
}
