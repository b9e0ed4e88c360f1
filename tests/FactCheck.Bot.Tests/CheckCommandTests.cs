using System.Text.Json;
using FactCheck.Bot.Tests.Cli;
using FactCheck.Core.Replies;

namespace FactCheck.Bot.Tests;

public sealed class CheckCommandTests : IDisposable
{
    private const string Quote = "\"Anda terlalu gila bagi kami,\" kata Kim Jong Un menurut satu sumber sebagaimana dilansir Express UK, Selasa 15 Maret 2022.";
    private readonly TestStore store = new();

    public static TheoryData<string, string> BadInputs => new()
    {
        { "empty", string.Empty },
        { "whitespace", "   \n\t  " },
        { "only emoji", "😱😱🔥🔥🙏🏽👍" },
        { "binary", new string(Enumerable.Range(0, 4000).Select(i => (char)(i * 7919 % 65536)).ToArray()) },
        { "right-to-left", "هذا خبر كاذب عن اللقاحات والرقائق الإلكترونية" },
        { "zero-width", "\u200B\u200C\u200D\uFEFF\u2060" },
        { "lone surrogates", "\uD800\uDC00\uDFFF abc \uD83D" },
    };

    [Fact]
    public async Task Prints_the_verdict_and_the_citation()
    {
        var (code, output) = await RunAsync([Quote]);
        Assert.Equal(0, code);
        Assert.Contains("Unverified", output, StringComparison.Ordinal);
        Assert.Contains("Express UK", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reads_the_message_from_stdin_with_a_dash()
    {
        var (code, output) = await RunAsync(["-"], Quote);
        Assert.Equal(0, code);
        Assert.Contains("Express UK", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_names_the_verdict_in_english()
    {
        var (code, output) = await RunAsync(["--json", Quote]);
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var match = json.RootElement.GetProperty("matches")[0];
        Assert.Equal("Reply", match.GetProperty("decision").GetString());
        Assert.Equal("Unverified", match.GetProperty("claim").GetProperty("reviews")[0].GetProperty("verdict").GetString());
    }

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_gets_a_clear_answer(string kind, string text)
    {
        var (code, output) = await RunAsync(["-"], text);
        Assert.Equal(0, code);
        Assert.False(string.IsNullOrWhiteSpace(output), kind);
        Assert.True(
            output.Contains(UiText.English.EmptyInput, StringComparison.Ordinal)
            || output.Contains(UiText.English.NothingToCheck, StringComparison.Ordinal)
            || output.Contains(UiText.English.NoMatch, StringComparison.Ordinal),
            $"{kind}: {output}");
    }

    [Fact]
    public async Task A_megabyte_message_is_answered_and_said_to_be_truncated()
    {
        var text = string.Concat(Enumerable.Repeat("Berita ini menyebar di grup keluarga tanpa sumber yang jelas. ", 17_000));
        Assert.True(text.Length > 1_000_000);
        var (code, output) = await RunAsync(["-"], text);
        Assert.Equal(0, code);
        Assert.Contains(UiText.Indonesian.Truncated, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_text_is_a_usage_error_not_an_empty_reply()
    {
        var run = await CliRun.RunAsync(store, ["check"]);

        Assert.Equal(2, run.Code);
        Assert.Equal(string.Empty, run.Output);
        Assert.Contains("give the message to check, or - to read it from stdin", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unsupported_language_is_refused_naming_the_accepted_ones()
    {
        var run = await CliRun.RunAsync(store, ["check", "--lang", "fr", Quote]);

        Assert.Equal(2, run.Code);
        Assert.Equal(string.Empty, run.Output);
        Assert.Contains("'fr' is not supported (accepted: en, id)", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_flag_is_refused_naming_the_accepted_ones_not_checked_as_words_of_the_message()
    {
        var run = await CliRun.RunAsync(store, ["check", "--colour", "red", Quote]);

        Assert.Equal(2, run.Code);
        Assert.Equal(string.Empty, run.Output);
        Assert.Contains("unknown option '--colour' (accepted: --json, --lang, --image, --help)", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_that_begins_with_a_dash_is_checked_after_a_double_dash()
    {
        var run = await CliRun.RunAsync(store, ["check", "--lang", "EN", "--", "--json", "is", "not", "a", "flag", "here"]);

        Assert.Equal(0, run.Code);
        Assert.Contains(UiText.English.NoMatch, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_is_all_that_goes_to_stdout_and_the_logs_go_elsewhere()
    {
        var run = await CliRun.RunAsync(store, ["check", "-", "--json"], Quote);

        Assert.Equal(0, run.Code);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal("id", json.RootElement.GetProperty("uiLanguage").GetString());
    }

    [Fact]
    public async Task An_indonesian_reply_shows_the_claims_indonesian_wording_and_quotes_the_message_once()
    {
        var (code, output) = await RunAsync([Quote]);

        Assert.Equal(0, code);
        Assert.Contains("Klaim: Kim Jong Un kepada Putin: \"Anda terlalu gila bagi kami\".", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Kim Jong Un told Putin", output, StringComparison.Ordinal);
        Assert.Contains("Teks Anda: “\"Anda terlalu gila bagi kami,\" kata Kim Jong Un", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\"\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_english_reply_keeps_the_claims_english_text()
    {
        var (code, output) = await RunAsync(["--lang", "en", Quote]);

        Assert.Equal(0, code);
        Assert.Contains("Claim: Kim Jong Un told Putin", output, StringComparison.Ordinal);
    }

    public void Dispose() => store.Dispose();

    private async Task<(int Code, string Output)> RunAsync(string[] args, string stdin = "")
    {
        var run = await CliRun.RunAsync(store, ["check", .. args], stdin);
        return (run.Code, run.Output);
    }
}
