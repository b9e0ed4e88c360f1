using System.Text;

namespace FactCheck.Tests.Shared;

/// <summary>One part of a multipart/form-data body: its field name, its file name (null for a text field) and its bytes.</summary>
internal sealed record MultipartPart(string Name, string? FileName, byte[] Content)
{
    /// <summary>A text field's value (UTF-8).</summary>
    public string Text => Encoding.UTF8.GetString(Content);
}
