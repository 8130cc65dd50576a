namespace Portal.Build.Modeling;

/// <summary>
/// The id of a template table cell, made from its YAML field path (<c>tables.income.rows[15][2]</c> →
/// <c>cell-income-rows-15-2</c>), so a finding can link to the very cell it is about.
/// </summary>
public static class CellAnchors
{
    // The 人员经费/公用经费 合计 cells had stable ids (FORM-personnel) before the checker linked to cells;
    // journalists may already link to them.
    private static readonly (string Field, string Suffix)[] Existing = [(".personnel_total", "-personnel"), (".public_total", "-public")];

    public static string Id(string fieldPath)
    {
        foreach (var (field, suffix) in Existing)
        {
            if (fieldPath.StartsWith("tables.", StringComparison.Ordinal) && fieldPath.EndsWith(field, StringComparison.Ordinal)
                && fieldPath["tables.".Length..^field.Length] is var table && !table.Contains('.'))
            {
                return table + suffix;
            }
        }

        var path = fieldPath.StartsWith("tables.", StringComparison.Ordinal) ? fieldPath["tables.".Length..] : fieldPath;
        return "cell-" + Slug(path);
    }

    /// <summary>
    /// The id of a flagged paragraph: line <paramref name="line"/> (0-based) of the narrative body at
    /// <paramref name="bodyPath"/> (<c>explanation.sections[1].body</c>, line 2 → <c>para-explanation-sections-1-body-2</c>).
    /// </summary>
    public static string Paragraph(string bodyPath, int line) => $"para-{Slug(bodyPath)}-{line}";

    /// <summary>A field path as id characters: letters, digits and _ kept, anything else one hyphen.</summary>
    public static string Slug(string path) =>
        // Made for every figure cell of every page: one string, not a LINQ select into an array into a string.
        string.Create(path.Length, path, static (id, path) =>
        {
            for (var i = 0; i < path.Length; i++)
            {
                id[i] = char.IsAsciiLetterOrDigit(path[i]) || path[i] == '_' ? path[i] : '-';
            }
        }).Replace("--", "-", StringComparison.Ordinal).TrimEnd('-');
}
