namespace FactCheck.Discord.Rest;

/// <summary>A file uploaded with a message (files[0] of a multipart/form-data request, beside payload_json).</summary>
internal sealed record RestFile(string FileName, string MediaType, byte[] Bytes);
