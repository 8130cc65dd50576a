namespace Portal.Build.Scaffold;

/// <summary>
/// The texts <c>portal new</c> leaves for the webmaster to replace. One list, so that what the scaffold writes and what
/// the build warns about (<see cref="Validate.PlaceholderRule"/>) cannot drift apart.
/// </summary>
public static class Placeholders
{
    public const string DepartmentName = "待填写部门全称";

    public const string Province = "待填写省份";

    /// <summary>In every narrative body, glossary definition and 绩效 text the scaffold writes.</summary>
    public const string AsPrinted = "按原文填写";

    /// <summary>The first words of the source text file the scaffold writes.</summary>
    public const string SourceText = "（把公开文件的全文粘贴到这里";

    /// <summary>Whether <paramref name="text"/> still holds one of the placeholders; names the first one found.</summary>
    public static string? In(string? text)
    {
        if (text is null)
        {
            return null;
        }

        foreach (var marker in (ReadOnlySpan<string>)[DepartmentName, Province, AsPrinted])
        {
            if (text.Contains(marker, StringComparison.Ordinal))
            {
                return marker;
            }
        }

        return null;
    }
}
