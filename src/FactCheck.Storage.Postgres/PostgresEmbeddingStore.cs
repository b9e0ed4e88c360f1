using FactCheck.Storage.Relational;

namespace FactCheck.Storage.Postgres;

/// <summary>Embeddings in PostgreSQL, stored as the SQLite provider stores them.</summary>
public sealed class PostgresEmbeddingStore(PostgresDatabase database) : SqlEmbeddingStore(database);
