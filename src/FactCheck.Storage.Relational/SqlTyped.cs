using System.Data;

namespace FactCheck.Storage.Relational;

/// <summary>A parameter value with its database type, for a NULL whose type the server cannot infer.</summary>
internal sealed record SqlTyped(object? Value, DbType Type);
