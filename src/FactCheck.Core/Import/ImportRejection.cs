namespace FactCheck.Core.Import;

/// <summary>A record the importer refused, where it was and why.</summary>
/// <param name="Position">Where in the file: "line 12", "record 3", "@graph[2]".</param>
/// <param name="Reason">A sentence a person can act on: "missing claim text", "bad URL 'htp:/x'".</param>
public sealed record ImportRejection(string Position, string Reason);
