using FactCheck.Core.Checking;
using FactCheck.Core.Claims;
using FactCheck.Core.Replies;

namespace FactCheck.Core.Tests.Replies;

/// <summary>The plain-text reply names the claim in the reply's language and quotes the user's words once.</summary>
public sealed class PlainTextRendererTests
{
    private const string QuotedMessage = "\"Anda terlalu gila bagi kami,\" kata Kim Jong Un menurut satu sumber";

    private static readonly Claim Bilingual = new(
        "kim-putin",
        "Kim Jong Un told Putin \"you are too crazy for us\".",
        "en",
        [new Phrasing("Kim Jong Un said it in a 2022 tweet", "en"), new Phrasing("Kim Jong Un kepada Putin: \"Anda terlalu gila bagi kami\".", "id-ID")],
        [],
        [new Review("urn:demo:kim", new Publisher("Cek Fakta Contoh"), "Unverified", Verdict.Unverified)]);

    [Fact]
    public void An_indonesian_reply_shows_the_stored_indonesian_wording_of_the_claim()
    {
        var text = PlainTextRenderer.Render(Report("id", Bilingual, QuotedMessage));

        Assert.Contains("1. Klaim: Kim Jong Un kepada Putin: \"Anda terlalu gila bagi kami\".", text, StringComparison.Ordinal);
        Assert.DoesNotContain("told Putin", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_english_reply_keeps_the_english_text_and_a_claim_without_an_indonesian_wording_keeps_its_own()
    {
        var english = PlainTextRenderer.Render(Report("en", Bilingual, "text"));
        var englishOnly = PlainTextRenderer.Render(Report("id", Bilingual with { Phrasings = [new Phrasing("Kim and Putin", "en"), new Phrasing("Kim dan Putin")] }, "text"));

        Assert.Contains("1. Claim: Kim Jong Un told Putin", english, StringComparison.Ordinal);
        Assert.Contains("1. Klaim: Kim Jong Un told Putin", englishOnly, StringComparison.Ordinal);
    }

    [Fact]
    public void A_message_that_begins_with_a_quotation_is_quoted_without_doubled_marks()
    {
        var text = PlainTextRenderer.Render(Report("id", Bilingual, QuotedMessage));

        Assert.Contains("Teks Anda: “\"Anda terlalu gila bagi kami,\" kata Kim Jong Un menurut satu sumber” (kecocokan", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"\"", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Vaksin berisi chip", "\"Vaksin berisi chip\"")]
    [InlineData("\"Vaksin berisi chip\"", "\"Vaksin berisi chip\"")]
    [InlineData("“Vaksin berisi chip”", "\"Vaksin berisi chip\"")]
    [InlineData("\"Vaksin\" berisi chip", "“\"Vaksin\" berisi chip”")]
    [InlineData("\"Vaksin\" berisi “chip”", "«\"Vaksin\" berisi “chip”»")]
    public void Quotes_with_marks_the_text_does_not_use(string passage, string quoted)
    {
        Assert.Equal(quoted, Quotation.Quote(passage, Quotation.Plain));
    }

    private static CheckReport Report(string language, Claim claim, string passage) =>
        new(language, InputNote.None, [new ClaimMatch(claim, MatchDecision.Reply, 0.93, passage)], [], 1);
}
