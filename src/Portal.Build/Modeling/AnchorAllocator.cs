namespace Portal.Build.Modeling;

/// <summary>Hands out anchors unique within one page, so every section keeps a stable, linkable id.</summary>
internal sealed class AnchorAllocator
{
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public string Take(string preferred)
    {
        var candidate = preferred;
        for (var n = 2; !_used.Add(candidate); n++)
        {
            candidate = $"{preferred}-{n}";
        }

        return candidate;
    }
}
