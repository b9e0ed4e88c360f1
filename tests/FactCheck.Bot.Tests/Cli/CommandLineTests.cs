namespace FactCheck.Bot.Tests.Cli;

/// <summary>The conventions every verb follows: help on request, one line and exit code 2 for a usage error.</summary>
public sealed class CommandLineTests : IDisposable
{
    private static readonly string AnyFile = Path.Combine(AppContext.BaseDirectory, "appsettings.json");
    private readonly TestStore store = new();

    public static TheoryData<string[], string> HelpRequests => new()
    {
        { ["--help"], "factcheck [command] [options]" },
        { ["-h"], "factcheck [command] [options]" },
        { ["help"], "factcheck [command] [options]" },
        { ["check", "--help"], "factcheck check [<TEXT>...] [options]" },
        { ["help", "check"], "factcheck check [<TEXT>...] [options]" },
        { ["import", "-h"], "factcheck import <FILE>... [options]" },
        { ["eval", "--help"], "--claims <FILE> (REQUIRED)" },
        { ["tips", "--help"], "factcheck tips [command] [options]" },
        { ["tips", "publish", "--help"], "--rating <WORDS> (REQUIRED)" },
        { ["run", "--help"], "--Section:Key VALUE" },
    };

    public static TheoryData<string[], string> UsageErrors => new()
    {
        { ["frobnicate"], "factcheck: unknown verb 'frobnicate' (verbs: run, check, import, eval, tips" },
        { ["--colour"], "factcheck: unknown option '--colour' (accepted: --help, --version, a setting as --Section:Key VALUE)." },
        { ["--Storage:ConnectionString"], "the setting '--Storage:ConnectionString' needs a value" },
        { ["check"], "factcheck check: give the message to check" },
        { ["check", "--lang"], "factcheck check:" },
        { ["import"], "factcheck import:" },
        { ["eval", "--queries", "q.tsv"], "factcheck eval:" },
        { ["eval", "--claims", "missing.jsonl", "--queries", "missing.tsv"], "--claims: no such file: 'missing.jsonl'" },
        { ["eval", "--claims", AnyFile, "--queries", AnyFile, "--embeddings", "bert"], "'bert' is not supported (accepted: minilm, arctic-xs)" },
        { ["tips"], "factcheck tips: name a command (list, show, publish, attach, dismiss, stats, purge" },
        { ["tips", "frobnicate"], "unknown command 'frobnicate' (commands: list, show, publish, attach, dismiss, stats, purge" },
        { ["tips", "show", "abc"], "factcheck tips show: ID must be a whole number from 1; got 'abc'." },
        { ["tips", "list", "--limit", "0"], "--limit must be a whole number from 1; got '0'." },
        { ["tips", "list", "--colour", "red"], "unknown option '--colour' (accepted: --limit, --reviewer, --help)" },
    };

    [Theory]
    [MemberData(nameof(HelpRequests))]
    public async Task Help_is_printed_on_stdout_and_nothing_is_started(string[] args, string expected)
    {
        var run = await CliRun.RunAsync(store, args);

        Assert.Equal(0, run.Code);
        Assert.Contains(expected, run.Output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Error);
        Assert.False(File.Exists(store.PathOf("bot.db")), "help opened the store");
    }

    [Theory]
    [MemberData(nameof(UsageErrors))]
    public async Task A_usage_error_is_one_line_on_stderr_and_exit_code_2(string[] args, string expected)
    {
        var run = await CliRun.RunAsync(store, args);

        Assert.Equal(2, run.Code);
        Assert.Equal(string.Empty, run.Output);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.EndsWith("--help'.", line, StringComparison.Ordinal);
    }

    public void Dispose() => store.Dispose();
}
