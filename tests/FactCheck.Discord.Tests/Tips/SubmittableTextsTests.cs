using FactCheck.Discord.Tips;

namespace FactCheck.Discord.Tests.Tips;

public sealed class SubmittableTextsTests
{
    [Fact]
    public void A_text_is_found_by_its_key_until_it_expires()
    {
        var time = new SteppedTime();
        var texts = new SubmittableTexts(time);
        var key = texts.Add("some rumour", "id");

        var fresh = texts.Find(key);
        time.Now += SubmittableTexts.Lifetime;
        var expired = texts.Find(key);

        Assert.Equal(("some rumour", "id"), fresh);
        Assert.Null(expired);
        Assert.Null(texts.Find("never-issued"));
    }

    [Fact]
    public void Beyond_its_capacity_the_oldest_texts_go_first()
    {
        var texts = new SubmittableTexts(new SteppedTime());
        var first = texts.Add("first", "en");
        var second = texts.Add("second", "en");

        for (var i = 0; i < SubmittableTexts.Capacity - 1; i++)
        {
            texts.Add("filler " + i, "en");
        }

        Assert.Null(texts.Find(first));
        Assert.Equal(("second", "en"), texts.Find(second));
    }

    private sealed class SteppedTime : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 11, 28, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
