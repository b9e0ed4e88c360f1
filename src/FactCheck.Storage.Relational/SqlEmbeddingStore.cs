using System.Data.Common;
using System.Runtime.InteropServices;
using FactCheck.Core.Storage;

namespace FactCheck.Storage.Relational;

/// <summary>Embeddings (table embeddings, migration 0002), stored as float32 little-endian bytes in both providers;
/// each provider names its own.</summary>
public class SqlEmbeddingStore(ISqlDatabase database) : IEmbeddingStore
{
    /// <inheritdoc/>
    public async Task<IReadOnlyDictionary<string, float[]>> LoadAsync(string modelId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var vectors = new Dictionary<string, float[]>(StringComparer.Ordinal);
        await ReadAsync(connection, "SELECT text_sha256, dimensions, vector FROM embeddings WHERE model_id = @model", vectors, cancellationToken, ("model", modelId))
            .ConfigureAwait(false);
        return vectors;
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyDictionary<string, float[]>> LoadSomeAsync(string modelId, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var vectors = new Dictionary<string, float[]>(StringComparer.Ordinal);
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

        // One statement per slice of keys: SQLite binds at most 32,766 parameters, and a slice keeps each lookup short.
        foreach (var slice in keys.Chunk(500))
        {
            var (names, parameters) = Sql.InList("k", slice.Select(Convert.FromHexString).ToArray());
            await ReadAsync(connection, $"SELECT text_sha256, dimensions, vector FROM embeddings WHERE model_id = @model AND text_sha256 IN ({names})",
                vectors, cancellationToken, [("model", modelId), .. parameters]).ConfigureAwait(false);
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

        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Sql.Command(connection, transaction,
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

    private static async Task ReadAsync(
        DbConnection connection, string sql, Dictionary<string, float[]> vectors, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Sql.Command(connection, null, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var key = Convert.ToHexStringLower((byte[])reader.GetValue(0));
            var vector = new float[reader.GetInt32(1)];
            var bytes = (byte[])reader.GetValue(2);
            if (bytes.Length != vector.Length * sizeof(float))
            {
                continue; // A damaged row (a blob of the wrong length) is recomputed rather than trusted.
            }

            bytes.CopyTo(MemoryMarshal.AsBytes(vector.AsSpan()));
            vectors[key] = vector;
        }
    }
}
