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
        var chars = path.Select(c => char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '-').ToArray();
        return "cell-" + new string(chars).Replace("--", "-", StringComparison.Ordinal).TrimEnd('-');
    }
}
