using FactCheck.Tests.Shared.Images;
using System.Diagnostics;
using FactCheck.Core.Images;
using SkiaSharp;

namespace FactCheck.Core.Tests.Images;

public sealed class SafeImageDecoderTests
{
    private readonly SafeImageDecoder _decoder = new(new ImageOptions());

    [Fact]
    public void A_30000_by_30000_png_is_refused_from_its_header_quickly_and_without_allocating_its_pixels()
    {
        var bomb = PngBomb.Create(30_000, 30_000, rows: 64);
        Assert.True(bomb.Length < 100_000, $"the test file itself is {bomb.Length} bytes");
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        using var process = Process.GetCurrentProcess();

        // The peak is the whole test process's (other tests in it reach 2.4 GB): what counts is how far this call raises it.
        var peakBefore = process.PeakWorkingSet64;
        var clock = Stopwatch.StartNew();

        var result = _decoder.Decode(bomb);

        clock.Stop();
        process.Refresh();
        Assert.Equal(ImageRefusal.TooManyPixels, result.Refusal);
        Assert.Null(result.Image);
        Assert.Equal((30_000, 30_000), (result.Width, result.Height));
        Assert.True(clock.ElapsedMilliseconds < 1000, $"refusing took {clock.ElapsedMilliseconds} ms");

        // 900 megapixels would be 3.6 GB as RGBA; the refusal costs about a copy of the small file.
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore < 4L * bomb.Length + 1_000_000);
        Assert.True(process.PeakWorkingSet64 - peakBefore < 1024L * 1024 * 1024, $"the peak working set rose by {(process.PeakWorkingSet64 - peakBefore) / 1_000_000} MB");
        Assert.Contains("too many pixels", ImageRefusals.Describe(result.Refusal, _decoder.Options), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SKEncodedImageFormat.Png)]
    [InlineData(SKEncodedImageFormat.Jpeg)]
    public void A_truncated_file_is_refused_as_incomplete(SKEncodedImageFormat format)
    {
        using var picture = GeneratedImages.Scene(seed: 7, 400, 300);
        var bytes = GeneratedImages.Encode(picture, format, 90);

        var result = _decoder.Decode(bytes.AsSpan(0, bytes.Length / 2));

        Assert.Equal(ImageRefusal.Truncated, result.Refusal);
        Assert.Null(result.Image);
        Assert.Equal("The image file is incomplete or damaged.", ImageRefusals.Describe(result.Refusal, _decoder.Options));
    }

    [Fact]
    public void A_file_over_the_byte_limit_is_refused_before_it_is_parsed()
    {
        var decoder = new SafeImageDecoder(new ImageOptions { MaxBytes = 1000 });

        Assert.Equal(ImageRefusal.TooManyBytes, decoder.Decode(new byte[1001]).Refusal);
    }

    [Fact]
    public void Empty_and_non_image_bytes_are_refused_with_their_own_reasons()
    {
        Assert.Equal(ImageRefusal.Empty, _decoder.Decode([]).Refusal);
        Assert.Equal(ImageRefusal.NotAnImage, _decoder.Decode("just some text, not a picture"u8).Refusal);
    }

    [Fact]
    public void A_strip_longer_than_the_side_limit_is_refused_even_with_few_pixels()
    {
        var strip = PngBomb.Create(100_000, 2, rows: 2);

        Assert.Equal(ImageRefusal.TooManyPixels, _decoder.Decode(strip).Refusal);
    }

    [Fact]
    public void A_sideways_phone_photo_is_turned_upright_by_its_exif_orientation()
    {
        using var picture = GeneratedImages.Scene(seed: 8, 200, 100);
        var jpeg = WithExifOrientation(GeneratedImages.Encode(picture, SKEncodedImageFormat.Jpeg, 90), orientation: 6);

        var result = _decoder.Decode(jpeg);

        Assert.Equal(ImageRefusal.None, result.Refusal);
        using var image = result.Image!;
        Assert.Equal((100, 200), (image.Width, image.Height));
    }

    /// <summary>Inserts a minimal EXIF APP1 segment (one IFD entry: Orientation) after the JPEG's SOI marker.</summary>
    private static byte[] WithExifOrientation(byte[] jpeg, ushort orientation)
    {
        byte[] tiff =
        [
            (byte)'I', (byte)'I', 42, 0, 8, 0, 0, 0, // little-endian TIFF header, IFD at offset 8
            1, 0, // one entry
            0x12, 0x01, 3, 0, 1, 0, 0, 0, (byte)orientation, 0, 0, 0, // Orientation, SHORT, count 1, value
            0, 0, 0, 0, // no next IFD
        ];
        var payload = "Exif\0\0"u8.ToArray().Concat(tiff).ToArray();
        var length = payload.Length + 2;
        byte[] segment = [0xFF, 0xE1, (byte)(length >> 8), (byte)length, .. payload];
        return [.. jpeg.AsSpan(0, 2), .. segment, .. jpeg.AsSpan(2)];
    }
}
