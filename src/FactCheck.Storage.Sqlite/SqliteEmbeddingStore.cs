using System.Runtime.InteropServices;
using FactCheck.Core.Storage;
using Microsoft.Data.Sqlite;

namespace FactCheck.Storage.Sqlite;

/// <summary>Embeddings in the SQLite database (table created by migration 0002_embeddings).</summary>
public sealed class SqliteEmbeddingStore(SqliteDatabase database) : IEmbeddingStore
{
    /// <inheritdoc/>
    public async Task<IReadOnlyDictionary<string, float[]>> LoadAsync(string modelId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT text_sha256, dimensions, vector FROM embeddings WHERE model_id = $model";
        command.Parameters.AddWithValue("$model", modelId);
        var vectors = new Dictionary<string, float[]>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (Read(reader) is { } row)
            {
                vectors[row.Key] = row.Vector;
            }
        }

        return vectors;
    }

    // A damaged row (a blob of the wrong length) is left out, so it is recomputed rather than trusted.
    private static (string Key, float[] Vector)? Read(SqliteDataReader reader)
    {
        var key = Convert.ToHexStringLower((byte[])reader.GetValue(0));
        var vector = new float[reader.GetInt32(1)];
        var bytes = (byte[])reader.GetValue(2);
        if (bytes.Length != vector.Length * sizeof(float))
        {
            return null;
        }

        bytes.CopyTo(MemoryMarshal.AsBytes(vector.AsSpan()));
        return (key, vector);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyDictionary<string, float[]>> LoadSomeAsync(string modelId, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var vectors = new Dictionary<string, float[]>(StringComparer.Ordinal);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);

        // One statement per slice of keys: SQLite binds at most 32,766 parameters, and a slice keeps each lookup short.
        foreach (var slice in keys.Chunk(500))
        {
            await using var command = connection.CreateCommand();
            var names = new string[slice.Length];
            for (var i = 0; i < slice.Length; i++)
            {
                names[i] = "$k" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                command.Parameters.Add(names[i], SqliteType.Blob).Value = Convert.FromHexString(slice[i]);
            }

            command.CommandText = $"SELECT text_sha256, dimensions, vector FROM embeddings WHERE model_id = $model AND text_sha256 IN ({string.Join(',', names)})";
            command.Parameters.AddWithValue("$model", modelId);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                if (Read(reader) is { } row)
                {
                    vectors[row.Key] = row.Vector;
                }
            }
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
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO embeddings (model_id, text_sha256, dimensions, vector) VALUES ($model, $key, $dims, $vector)
            ON CONFLICT (model_id, text_sha256) DO UPDATE SET dimensions = excluded.dimensions, vector = excluded.vector
            """;
        command.Parameters.AddWithValue("$model", modelId);
        var key = command.Parameters.Add("$key", SqliteType.Blob);
        var dims = command.Parameters.Add("$dims", SqliteType.Integer);
        var vector = command.Parameters.Add("$vector", SqliteType.Blob);
        foreach (var (textKey, values) in vectors)
        {
            key.Value = Convert.FromHexString(textKey);
            dims.Value = values.Length;
            vector.Value = MemoryMarshal.AsBytes(values.AsSpan()).ToArray();
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }
}
