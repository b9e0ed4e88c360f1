namespace FactCheck.Core.Images;

/// <summary>Decode within the limits, fingerprint, prepare and OCR one image; bad input gives a notice, never an exception.</summary>
public sealed class ImageReader(ImageOptions options, TesseractOcr ocr)
{
    private readonly SafeImageDecoder _decoder = new(options);

    public ImageOptions Options => options;

    /// <summary>True while every OCR slot is taken (an image read now would wait its turn).</summary>
    public bool Busy => ocr.Busy;

    /// <summary>Reads a file, refusing one over Images:MaxBytes before reading it.</summary>
    public async Task<ImageReading> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        if (new FileInfo(path).Length > options.MaxBytes)
        {
            return Refused(ImageRefusal.TooManyBytes);
        }

        return await ReadAsync(await File.ReadAllBytesAsync(path, cancellationToken), cancellationToken);
    }

    public Task<ImageReading> ReadAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken) =>
        ReadAsync(bytes, null, cancellationToken);

    /// <summary>Reads an image; <paramref name="whenQueued"/> runs first when every OCR slot is taken, so the user can be
    /// told that their image waits its turn ("reading your image…").</summary>
    public async Task<ImageReading> ReadAsync(ReadOnlyMemory<byte> bytes, Func<CancellationToken, Task>? whenQueued, CancellationToken cancellationToken)
    {
        var decoded = _decoder.Decode(bytes.Span);
        if (decoded.Image is not { } image)
        {
            return Refused(decoded.Refusal);
        }

        using (image)
        {
            var fingerprints = image.PdqVariants();
            var prepared = OcrPreparation.Prepare(image, options.MaxPixels);
            if (whenQueued is not null && ocr.Busy)
            {
                await whenQueued(cancellationToken);
            }

            var result = await ocr.RecogniseAsync(prepared, cancellationToken);
            var notice = result.Status switch
            {
                OcrStatus.Read => null,
                OcrStatus.NoText => "I could not find any text in the image.",
                OcrStatus.TimedOut => "Reading the image took too long; please send the text instead.",
                _ => "I cannot read text from images here (OCR is not installed); please send the text instead.",
            };
            return new ImageReading(result.Text, fingerprints, ImageRefusal.None, result.Status, notice);
        }
    }

    private ImageReading Refused(ImageRefusal refusal) => new(string.Empty, [], refusal, null, ImageRefusals.Describe(refusal, options));
}
