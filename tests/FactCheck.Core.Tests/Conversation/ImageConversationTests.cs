using FactCheck.Core.Checking;
using FactCheck.Core.Conversation;
using FactCheck.Core.Images;
using FactCheck.Tests.Shared.Images;
using Microsoft.Extensions.Logging.Abstractions;
using SkiaSharp;

namespace FactCheck.Core.Tests.Conversation;

/// <summary>The conversation's image rules, on a recording checker: limits before any download, refusals as sentences,
/// the caption still checked, the "reading your image…" notice when OCR is busy.</summary>
public sealed class ImageConversationTests
{
    private static readonly Incoming From = new(Platform.Telegram, "7", "7", string.Empty, Locale: "en");

    private static byte[] Picture()
    {
        using var scene = GeneratedImages.Scene(5, 320, 240);
        return GeneratedImages.Encode(scene, SKEncodedImageFormat.Png, 100);
    }

    private static (ConversationService Conversation, TesseractOcr Ocr) Build(RecordingChecker checker, ImageOptions options)
    {
        var ocr = new TesseractOcr(options);
        var images = new ImageConversation(new ImageReader(options, ocr), TimeProvider.System, NullLogger<ImageConversation>.Instance);
        var conversation = new ConversationService(
            checker, new ConversationOptions(), TimeProvider.System, NullLogger<ConversationService>.Instance, images: images);
        return (conversation, ocr);
    }

    private static IncomingImage Serving(byte[] bytes, Counter downloads, long? declared = null) =>
        new((max, ct) =>
        {
            downloads.Count++;
            return Task.FromResult(bytes.Length > max ? ImageDownload.Refused(ImageRefusal.TooManyBytes) : ImageDownload.Of(bytes));
        }, declared ?? bytes.Length);

    [Fact]
    public async Task An_image_stated_larger_than_the_limit_is_refused_without_being_fetched_and_nothing_is_checked()
    {
        var checker = new RecordingChecker();
        var (conversation, ocr) = Build(checker, new ImageOptions { MaxBytes = 1000 });
        using (ocr)
        {
            var downloads = new Counter();

            var answer = await conversation.HandleAsync(From with { Image = Serving(Picture(), downloads, declared: 5000) }, CancellationToken.None);

            Assert.Equal((AnswerKind.Refused, "The image is too large to read (the limit is 0 MB)."), (answer.Kind, answer.Text));
            Assert.Equal(0, downloads.Count);
            Assert.Empty(checker.Texts);
        }
    }

    [Fact]
    public async Task A_failing_download_is_a_sentence_not_a_crash()
    {
        var checker = new RecordingChecker();
        var (conversation, ocr) = Build(checker, new ImageOptions());
        using (ocr)
        {
            var broken = new IncomingImage((_, _) => throw new HttpRequestException("connection reset"));

            var answer = await conversation.HandleAsync(From with { Locale = "id", Image = broken }, CancellationToken.None);

            Assert.Equal((AnswerKind.Refused, ImageTexts.Indonesian.Unavailable), (answer.Kind, answer.Text));
        }
    }

    [Fact]
    public async Task A_refused_image_with_a_caption_still_has_its_caption_checked_and_says_why_the_image_was_not_read()
    {
        var checker = new RecordingChecker();
        var (conversation, ocr) = Build(checker, new ImageOptions());
        using (ocr)
        {
            var picture = Picture();
            var cut = new IncomingImage((_, _) => Task.FromResult(ImageDownload.Of(picture[..(picture.Length / 2)])));

            var answer = await conversation.HandleAsync(From with { Text = "vaccines contain microchips", Image = cut }, CancellationToken.None);

            Assert.Equal((AnswerKind.Report, ImageTexts.English.Truncated), (answer.Kind, answer.Text));
            Assert.Equal(["vaccines contain microchips"], checker.Texts);
        }
    }

    [Fact]
    public async Task Without_ocr_an_image_says_so_and_its_caption_is_checked()
    {
        var checker = new RecordingChecker();
        var (conversation, ocr) = Build(checker, new ImageOptions { TessdataPath = "/nonexistent/tessdata" });
        using (ocr)
        {
            var answer = await conversation.HandleAsync(
                From with { Text = "vaccines contain microchips", Image = Serving(Picture(), new Counter()) }, CancellationToken.None);

            Assert.Equal((AnswerKind.Report, ImageTexts.English.OcrUnavailable), (answer.Kind, answer.Text));
            Assert.Equal(["vaccines contain microchips"], checker.Texts);
        }
    }

    [SkippableFact]
    public async Task An_image_that_must_wait_for_ocr_gets_the_reading_notice_before_its_answer()
    {
        var checker = new RecordingChecker();
        var (conversation, ocr) = Build(checker, new ImageOptions { MaxConcurrentOcr = 1 });
        using (ocr)
        {
            Skip.If(ocr.Problem is not null, ocr.Problem);
            var notices = new List<string>();
            var noticed = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            var image = Serving(Picture(), new Counter()) with
            {
                SendNotice = (text, _) =>
                {
                    notices.Add(text);
                    noticed.TrySetResult(text);
                    return Task.CompletedTask;
                },
            };

            var slot = await ocr.HoldSlotAsync(CancellationToken.None);
            var answering = conversation.HandleAsync(From with { Image = image }, CancellationToken.None);
            Assert.Equal(ImageTexts.English.Reading, await noticed.Task.WaitAsync(TimeSpan.FromSeconds(30)));
            Assert.False(answering.IsCompleted);
            slot.Dispose();
            var answer = await answering;

            Assert.Equal(AnswerKind.Report, answer.Kind);
            Assert.Single(notices);

            // With a free slot, no notice.
            await conversation.HandleAsync(From with { UserId = "8", Image = image }, CancellationToken.None);
            Assert.Single(notices);
        }
    }

    private sealed class Counter
    {
        public int Count { get; set; }
    }

    private sealed class RecordingChecker : ICheckService
    {
        public List<string> Texts { get; } = [];

        public Task<CheckReport> CheckAsync(CheckRequest request, CancellationToken cancellationToken)
        {
            Texts.Add(request.Text);
            return Task.FromResult(new CheckReport(request.UiLanguage ?? "en", InputNote.None, [], [], 1));
        }
    }
}
