using FactCheck.Core.Checking;
using FactCheck.Core.Claims;
using FactCheck.Core.Conversation;
using FactCheck.Core.Images;
using FactCheck.Core.Storage;
using FactCheck.Tests.Shared.Images;
using Microsoft.Extensions.Logging.Abstractions;
using SkiaSharp;

namespace FactCheck.Core.Tests.Conversation;

/// <summary>When a kept fingerprint's claim is a verdict and when only "possibly related": screenshots of text share
/// their app's layout, so an image with words needs a closer fingerprint than a picture.</summary>
public sealed class ImageMatchDecisionTests
{
    private static readonly Claim Published = new(
        "tip:1", "Foto lama", "id", [], [],
        [new Review("https://cekfakta.example.id/foto", new Publisher("Cek Fakta"), "Salah", Verdict.False, new DateOnly(2026, 11, 30))]);

    private static async Task<Answer> AnswerAsync(byte[] image, int distance)
    {
        var options = new ImageOptions();
        using var ocr = new TesseractOcr(options);
        var images = new ImageConversation(
            new ImageReader(options, ocr), TimeProvider.System, NullLogger<ImageConversation>.Instance, new OneMatch(distance), new OneClaim());
        var conversation = new ConversationService(
            new NothingChecker(), new ConversationOptions(), TimeProvider.System, NullLogger<ConversationService>.Instance, images: images);
        return await conversation.HandleAsync(
            new Incoming(Platform.Telegram, "1", "1", string.Empty, "en") { Image = new IncomingImage((_, _) => Task.FromResult(ImageDownload.Of(image))) },
            CancellationToken.None);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(31)]
    public async Task A_picture_without_words_within_the_match_distance_gets_the_verdict(int distance)
    {
        using var scene = GeneratedImages.Scene(2, 320, 240);

        var answer = await AnswerAsync(GeneratedImages.Encode(scene, SKEncodedImageFormat.Png, 100), distance);

        Assert.Equal((MatchDecision.Reply, "tip:1"), (answer.Report!.Matches[0].Decision, answer.Report.Matches[0].Claim.Id));
    }

    [SkippableTheory]
    [InlineData(15, MatchDecision.Reply)]
    [InlineData(16, MatchDecision.Suggest)]
    [InlineData(31, MatchDecision.Suggest)]
    public async Task A_screenshot_with_words_gets_the_verdict_only_within_half_the_distance(int distance, MatchDecision expected)
    {
        OcrPrerequisites.SkipWithoutOcr();
        var screenshot = Screenshots.Render("Besok pagi arisan keluarga di rumah Tante Rina jam sembilan.", 720, 1280, dark: false);

        var answer = await AnswerAsync(screenshot, distance);

        Assert.Equal((expected, "tip:1"), (answer.Report!.Matches[0].Decision, answer.Report.Matches[0].Claim.Id));
    }

    private sealed class OneMatch(int distance) : IImageFingerprintStore
    {
        public Task AddAsync(string claimId, IReadOnlyList<PdqHash> hashes, string source, DateTimeOffset now, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<IReadOnlyList<FingerprintMatch>> FindAsync(IReadOnlyList<PdqHash> hashes, int maxDistance, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<FingerprintMatch>>([new FingerprintMatch("tip:1", distance)]);
    }

    private sealed class OneClaim : IClaimStore
    {
        public Task InitializeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<UpsertCounts> UpsertAsync(IReadOnlyList<Claim> claims, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<Claim>> LoadAllAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<Claim>>([Published]);

        public Task<Claim?> GetAsync(string claimId, CancellationToken cancellationToken) => Task.FromResult(claimId == Published.Id ? Published : null);

        public Task<int> CountAsync(CancellationToken cancellationToken) => Task.FromResult(1);
    }

    private sealed class NothingChecker : ICheckService
    {
        public Task<CheckReport> CheckAsync(CheckRequest request, CancellationToken cancellationToken) =>
            Task.FromResult(new CheckReport("en", InputNote.None, [], [], 1));
    }
}
