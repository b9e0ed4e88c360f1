using FactCheck.Core.Images;
using FactCheck.Tests.Shared.Images;
using SkiaSharp;

namespace FactCheck.Core.Tests.Images;

public sealed class PdqHasherTests
{
    private const int MatchDistance = 31;

    private static PdqHash Hash(SKBitmap bitmap) => PdqHasher.HashRgba(bitmap.GetPixelSpan(), bitmap.Width, bitmap.Height, bitmap.RowBytes).Hash;

    private static PdqHash HashOfFile(byte[] bytes)
    {
        var decoded = new SafeImageDecoder(new ImageOptions()).Decode(bytes);
        Assert.Equal(ImageRefusal.None, decoded.Refusal);
        using var image = decoded.Image!;
        return image.Pdq().Hash;
    }

    /// <summary>
    /// "Cropped 5 %" is 5 % of the area (2.5 % off each dimension, half from each side). PDQ itself is crop-sensitive:
    /// 5 % off each dimension moves these pictures 36–50 bits, past the default 31, with the reference algorithm.
    /// </summary>
    [Theory]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(18)]
    [InlineData(19)]
    [InlineData(20)]
    public void A_published_images_resized_recompressed_cropped_and_captioned_copies_match_it(int seed)
    {
        using var original = GeneratedImages.Scene(seed, 960, 720);
        var published = HashOfFile(GeneratedImages.Encode(original, SKEncodedImageFormat.Png, 100));

        using var half = GeneratedImages.Scaled(original, 0.5);
        using var cropped = GeneratedImages.Cropped(original, 1 - Math.Sqrt(0.95));
        using var captioned = GeneratedImages.WithCaptionBar(original, 0.08);
        var copies = new Dictionary<string, PdqHash>
        {
            ["scaled to 50 %"] = Hash(half),
            ["JPEG quality 40"] = HashOfFile(GeneratedImages.Encode(original, SKEncodedImageFormat.Jpeg, 40)),
            ["cropped 5 %"] = Hash(cropped),
        };
        var captionedCopy = new DecodedImage(captioned.Copy());
        using (captionedCopy)
        {
            var wholeDistance = published.DistanceTo(captionedCopy.Pdq().Hash);
            Assert.True(captionedCopy.Matches(published, MatchDistance), $"caption bar added: not matched (whole image {wholeDistance} bits away)");
        }


        foreach (var (name, copy) in copies)
        {
            var distance = published.DistanceTo(copy);
            Assert.True(distance <= MatchDistance, $"{name}: distance {distance} > {MatchDistance}");
        }
    }

    [Fact]
    public void A_thousand_unrelated_generated_images_match_neither_the_published_image_nor_each_other()
    {
        using var original = GeneratedImages.Scene(seed: 16, 320, 240);
        var published = Hash(original);
        var others = new List<PdqHash>(1000);
        for (var seed = 1000; seed < 2000; seed++)
        {
            using var other = GeneratedImages.Scene(seed, 160, 120);
            others.Add(Hash(other));
        }

        Assert.All(others, h => Assert.True(published.DistanceTo(h) > MatchDistance, $"{h} is {published.DistanceTo(h)} from the published image"));
        var closest = int.MaxValue;
        for (var i = 0; i < others.Count; i++)
        {
            for (var j = i + 1; j < others.Count; j++)
            {
                closest = Math.Min(closest, others[i].DistanceTo(others[j]));
            }
        }

        Assert.True(closest > MatchDistance, $"two unrelated images are only {closest} bits apart");
    }

    [Fact]
    public void A_caption_bar_under_a_picture_is_cut_off_at_the_pictures_last_row()
    {
        using var picture = GeneratedImages.Scene(seed: 21, 400, 300);
        using var captioned = GeneratedImages.WithCaptionBar(picture, 0.1);

        Assert.Contains(new SKRectI(0, 0, 400, 300), CaptionBars.Candidates(captioned));
    }

    /// <summary>The hash of a fixed synthetic plane, pinned: the implementation gave 0 bits of difference from the Java
    /// reference's hashes of ThreatExchange's bridge-1-original.jpg and bridge-2-rotate-90.jpg when checked (not committed).</summary>
    [Fact]
    public void A_fixed_luminance_plane_keeps_its_hash()
    {
        var luma = new float[300 * 200];
        for (var y = 0; y < 200; y++)
        {
            for (var x = 0; x < 300; x++)
            {
                luma[y * 300 + x] = 128 + 100 * MathF.Sin(x * 0.05f + y * 0.011f) * MathF.Cos(y * 0.031f);
            }
        }

        var result = PdqHasher.HashLuma(luma, 300, 200);

        Assert.Equal("ffa5f50fffffd00ffea5d40ffaa5400feaa5000faaa5000faaa5000f555a000f", result.Hash.ToString());
        Assert.Equal(100, result.Quality);
    }

    [Fact]
    public void The_hash_text_is_64_hex_digits_that_parse_back_to_the_same_hash()
    {
        using var original = GeneratedImages.Scene(seed: 3, 200, 150);
        var hash = Hash(original);
        var text = hash.ToString();

        Assert.Matches("^[0-9a-f]{64}$", text);
        Assert.True(PdqHash.TryParse(text, out var parsed));
        Assert.Equal(hash, parsed);
        Assert.False(PdqHash.TryParse("xyz", out _));
    }

    [Fact]
    public void Half_the_bits_are_set_and_a_detailed_image_has_high_quality()
    {
        using var original = GeneratedImages.Scene(seed: 5, 640, 480);
        var result = PdqHasher.HashRgba(original.GetPixelSpan(), original.Width, original.Height, original.RowBytes);

        var set = Enumerable.Range(0, PdqHash.Bits).Count(b => result.Hash[b]);
        Assert.InRange(set, 120, 128);
        Assert.True(result.Quality >= 50, $"quality {result.Quality}");
    }

    [Fact]
    public void An_image_too_small_to_hash_gets_the_zero_hash_and_quality_zero()
    {
        var result = PdqHasher.HashLuma(new float[16], 4, 4);

        Assert.Equal(default, result.Hash);
        Assert.Equal(0, result.Quality);
    }

    [Fact]
    public void A_flat_image_has_quality_zero()
    {
        var luma = Enumerable.Repeat(128f, 100 * 100).ToArray();

        Assert.Equal(0, PdqHasher.HashLuma(luma, 100, 100).Quality);
    }
}
