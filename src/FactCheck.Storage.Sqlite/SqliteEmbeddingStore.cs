using FactCheck.Storage.Relational;

namespace FactCheck.Storage.Sqlite;

/// <summary>Embeddings in the SQLite database (table created by migration 0002_embeddings).</summary>
public sealed class SqliteEmbeddingStore(SqliteDatabase database) : SqlEmbeddingStore(database);
