namespace Portal.Core.Diagnostics;

/// <summary>A position in a content file; line and column are 1-based as editors show them.</summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    public override string ToString() => $"{File}:{Line}:{Column}";
}
