using Microsoft.AspNetCore.Http;

namespace FactCheck.Discord.Interactions;

/// <summary>Reads a request body into memory up to a cap, so a huge or endless body costs at most the cap before the
/// signature is even looked at.</summary>
internal static class CappedBody
{
    private const int Chunk = 16 * 1024;

    /// <summary>The body, or null with the status to answer: 413 past <paramref name="max"/> bytes, 400 for a broken
    /// transfer encoding; 0 when the client went away (nothing to answer).</summary>
    public static async Task<(byte[]? Body, int Status)> ReadAsync(HttpRequest request, int max, CancellationToken cancellationToken)
    {
        if (request.ContentLength > max)
        {
            return (null, StatusCodes.Status413PayloadTooLarge);
        }

        using var into = new MemoryStream(capacity: (int)Math.Min(request.ContentLength ?? Chunk, max));
        var buffer = new byte[Chunk];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                if (into.Length + read > max)
                {
                    return (null, StatusCodes.Status413PayloadTooLarge);
                }

                into.Write(buffer, 0, read);
            }
        }
        catch (BadHttpRequestException ex)
        {
            // Kestrel's own body limit or a malformed chunked encoding.
            return (null, ex.StatusCode);
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException)
        {
            return (null, 0);
        }

        return (into.ToArray(), StatusCodes.Status200OK);
    }
}
