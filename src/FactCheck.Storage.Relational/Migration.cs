namespace FactCheck.Storage.Relational;

/// <summary>One numbered migration script of a provider.</summary>
internal sealed record Migration(int Version, string Name, string Sql);
