namespace Portal.Build.Modeling;

/// <summary>
/// The id of a 公开 table cell, made from its YAML field path (<c>tables.t02.rows[15][2]</c> →
/// <c>cell-t02-rows-15-2</c>), so a finding can link to the very cell it is about.
/// </summary>
public static class CellAnchors
{
    // Cells that had a stable id before the checker linked to cells; journalists may already link to them.
    private static readonly Dictionary<string, string> Existing = new(StringComparer.Ordinal)
    {
        ["tables.t06.personnel_total"] = "t06-personnel",
        ["tables.t06.public_total"] = "t06-public",
    };

    public static string Id(string fieldPath)
    {
        if (Existing.TryGetValue(fieldPath, out var id))
        {
            return id;
        }

        var path = fieldPath.StartsWith("tables.", StringComparison.Ordinal) ? fieldPath["tables.".Length..] : fieldPath;
        var chars = path.Select(c => char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '-').ToArray();
        return "cell-" + new string(chars).Replace("--", "-", StringComparison.Ordinal).TrimEnd('-');
    }
}
