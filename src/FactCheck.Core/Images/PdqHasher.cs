namespace FactCheck.Core.Images;

/// <summary>
/// PDQ, written from Meta's published description (ThreatExchange, pdq/): luminance, a two-pass tent ("Jarosz")
/// blur and decimation to 64×64, the 16×16 low-frequency block of a 2-D DCT, and one bit per coefficient above
/// the median.
/// </summary>
public static class PdqHasher
{
    private const int Downsampled = 64;
    private const int Kept = 16;
    private const int BlurPasses = 2;

    /// <summary>Below this size in either direction PDQ defines the hash as all zeros with quality 0.</summary>
    private const int MinDimension = 5;

    private static readonly float[] Dct = BuildDct();

    /// <summary>Hashes 8-bit RGBA (or RGBX) pixels, row-major with <paramref name="rowBytes"/> per row; alpha is ignored.</summary>
    public static PdqResult HashRgba(ReadOnlySpan<byte> pixels, int width, int height, int rowBytes)
    {
        var luma = new float[checked(width * height)];
        for (var y = 0; y < height; y++)
        {
            var row = pixels.Slice(y * rowBytes, width * 4);
            for (var x = 0; x < width; x++)
            {
                // The luma weights PDQ's description uses (BT.601).
                luma[y * width + x] = 0.299f * row[4 * x] + 0.587f * row[4 * x + 1] + 0.114f * row[4 * x + 2];
            }
        }

        return HashLuma(luma, width, height);
    }

    /// <summary>Hashes a luminance plane (0–255 floats, row-major). The array is used as a work buffer and overwritten.</summary>
    public static PdqResult HashLuma(float[] luma, int width, int height)
    {
        if (width < MinDimension || height < MinDimension)
        {
            return new PdqResult(default, 0);
        }

        var small = new float[Downsampled * Downsampled];
        if (width == Downsampled && height == Downsampled)
        {
            luma.AsSpan(0, small.Length).CopyTo(small);
        }
        else
        {
            var scratch = new float[luma.Length];
            var windowX = WindowSize(width);
            var windowY = WindowSize(height);
            for (var pass = 0; pass < BlurPasses; pass++)
            {
                for (var y = 0; y < height; y++)
                {
                    BoxBlur(luma, scratch, y * width, 1, width, windowX);
                }

                for (var x = 0; x < width; x++)
                {
                    BoxBlur(scratch, luma, x, width, height, windowY);
                }
            }

            Decimate(luma, width, height, small);
        }

        var quality = Quality(small);
        var coefficients = Dct16(small);
        var sorted = (float[])coefficients.Clone();
        Array.Sort(sorted);

        // The lower median: the 128th smallest of 256, so that exactly half the bits can be set.
        var median = sorted[(sorted.Length - 1) / 2];
        Span<bool> bits = stackalloc bool[PdqHash.Bits];
        for (var k = 0; k < PdqHash.Bits; k++)
        {
            bits[k] = coefficients[k] > median;
        }

        return new PdqResult(PdqHash.FromBits(bits), quality);
    }

    /// <summary>Two box passes of this width per axis make each of the 64 output samples average about 1/64 of the image.</summary>
    private static int WindowSize(int dimension) => (dimension + 2 * Downsampled - 1) / (2 * Downsampled);

    /// <summary>
    /// A box average of <paramref name="window"/> samples along one line, the window clipped at both ends; its centre
    /// sits at the same offset as in the published description so that hashes agree with other implementations.
    /// </summary>
    private static void BoxBlur(float[] input, float[] output, int start, int stride, int length, int window)
    {
        var ahead = (window + 2) / 2 - 1;
        var behind = window - ahead - 1;
        var sum = 0f;
        var count = 0;
        var right = 0;
        var left = 0;
        for (var i = 0; i < length; i++)
        {
            while (right < length && right <= i + ahead)
            {
                sum += input[start + right * stride];
                right++;
                count++;
            }

            while (left < i - behind)
            {
                sum -= input[start + left * stride];
                left++;
                count--;
            }

            output[start + i * stride] = sum / count;
        }
    }

    private static void Decimate(float[] input, int width, int height, float[] output)
    {
        for (var oy = 0; oy < Downsampled; oy++)
        {
            var iy = (int)((oy + 0.5) * height / Downsampled);
            for (var ox = 0; ox < Downsampled; ox++)
            {
                var ix = (int)((ox + 0.5) * width / Downsampled);
                output[oy * Downsampled + ox] = input[iy * width + ix];
            }
        }
    }

    /// <summary>PDQ's heuristic: the sum of significant neighbour differences, scaled so 100 means "plenty of detail".</summary>
    private static int Quality(float[] small)
    {
        var sum = 0;
        for (var y = 0; y < Downsampled; y++)
        {
            for (var x = 0; x < Downsampled; x++)
            {
                var here = small[y * Downsampled + x];
                if (y + 1 < Downsampled)
                {
                    sum += Math.Abs((int)((here - small[(y + 1) * Downsampled + x]) * 100 / 255));
                }

                if (x + 1 < Downsampled)
                {
                    sum += Math.Abs((int)((here - small[y * Downsampled + x + 1]) * 100 / 255));
                }
            }
        }

        return Math.Min(100, sum / 90);
    }

    /// <summary>B = D·A·Dᵀ with D the 16×64 block of DCT-II rows 1–16 (row 0, the mean, says nothing about structure).</summary>
    private static float[] Dct16(float[] a)
    {
        var t = new float[Kept * Downsampled];
        for (var i = 0; i < Kept; i++)
        {
            for (var j = 0; j < Downsampled; j++)
            {
                var sum = 0f;
                for (var k = 0; k < Downsampled; k++)
                {
                    sum += Dct[i * Downsampled + k] * a[k * Downsampled + j];
                }

                t[i * Downsampled + j] = sum;
            }
        }

        var b = new float[Kept * Kept];
        for (var i = 0; i < Kept; i++)
        {
            for (var j = 0; j < Kept; j++)
            {
                var sum = 0f;
                for (var k = 0; k < Downsampled; k++)
                {
                    sum += t[i * Downsampled + k] * Dct[j * Downsampled + k];
                }

                b[i * Kept + j] = sum;
            }
        }

        return b;
    }

    private static float[] BuildDct()
    {
        var d = new float[Kept * Downsampled];
        var scale = Math.Sqrt(2.0 / Downsampled);
        for (var i = 0; i < Kept; i++)
        {
            for (var j = 0; j < Downsampled; j++)
            {
                d[i * Downsampled + j] = (float)(scale * Math.Cos(Math.PI / 2 / Downsampled * (i + 1) * (2 * j + 1)));
            }
        }

        return d;
    }
}
