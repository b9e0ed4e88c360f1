using System.Runtime.InteropServices;
using FactCheck.Core.Storage;

namespace FactCheck.Storage.Postgres;

/// <summary>Embeddings in PostgreSQL, stored as the SQLite provider stores them (float32 little-endian bytes).</summary>
public sealed class PostgresEmbeddingStore(PostgresDatabase database) : IEmbeddingStore
{
    /// <inheritdoc/>
    public async Task<IReadOnlyDictionary<string, float[]>> LoadAsync(string modelId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = PostgresSql.Command(connection, null, "SELECT text_sha256, dimensions, vector FROM embeddings WHERE model_id = @model", ("model", modelId));
        var vectors = new Dictionary<string, float[]>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var key = Convert.ToHexStringLower((byte[])reader.GetValue(0));
            var vector = new float[reader.GetInt32(1)];
            var bytes = (byte[])reader.GetValue(2);
            if (bytes.Length != vector.Length * sizeof(float))
            {
                continue; // A damaged row is recomputed rather than trusted.
            }

            bytes.CopyTo(MemoryMarshal.AsBytes(vector.AsSpan()));
            vectors[key] = vector;
        }

        return vectors;
    }

    /// <inheritdoc/>
    public async Task SaveAsync(string modelId, IReadOnlyDictionary<string, float[]> vectors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("Embedding blobs are stored little-endian.");
        }

        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = PostgresSql.Command(connection, transaction,
            "INSERT INTO embeddings (model_id, text_sha256, dimensions, vector) VALUES (@model, @key, @dims, @vector) " +
            "ON CONFLICT (model_id, text_sha256) DO UPDATE SET dimensions = excluded.dimensions, vector = excluded.vector",
            ("model", modelId), ("key", Array.Empty<byte>()), ("dims", 0), ("vector", Array.Empty<byte>()));
        foreach (var (textKey, values) in vectors)
        {
            command.Parameters["key"].Value = Convert.FromHexString(textKey);
            command.Parameters["dims"].Value = values.Length;
            command.Parameters["vector"].Value = MemoryMarshal.AsBytes(values.AsSpan()).ToArray();
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }
}
