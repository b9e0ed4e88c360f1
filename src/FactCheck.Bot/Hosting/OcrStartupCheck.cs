using FactCheck.Core.Images;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FactCheck.Bot.Hosting;

/// <summary>Says once, at start, when image reading cannot work here (libtesseract or its language data missing): the
/// bot still starts, and answers an image with a sentence saying so. Loads no language data (that waits for the first image).</summary>
internal sealed partial class OcrStartupCheck(TesseractOcr ocr, ILogger<OcrStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (ocr.InstallationProblem() is { } problem)
        {
            LogUnavailable(problem);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Images: text in images cannot be read here, and images get a sentence saying so: {Problem}")]
    private partial void LogUnavailable(string problem);
}
