using FactCheck.Storage.Relational;

namespace FactCheck.Storage.Postgres;

/// <summary>The claim store in PostgreSQL: shared by several instances of the bot.</summary>
public sealed class PostgresClaimStore(PostgresDatabase database) : SqlClaimStore(database);
