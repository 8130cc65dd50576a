namespace Portal.Build.Render;

/// <summary>
/// What templates call for their UI strings: <c>@Ui.T("nav.glossary")</c>, or with values
/// <c>@Ui.T("home.count", departments, reports)</c>. The renderer sets the strings of the site being
/// rendered, so every page and partial, whatever its model, reaches them the same way.
/// </summary>
public static class Ui
{
    private static readonly AsyncLocal<UiStrings?> Current = new();

    private static UiStrings Strings => Current.Value ?? UiStrings.Empty;

    public static string T(string key, params object?[] args) => Strings.T(key, args);

    /// <inheritdoc cref="UiStrings.Origin"/>
    public static string Origin(string origin) => Strings.Origin(origin);

    /// <inheritdoc cref="UiStrings.Unit"/>
    public static string Unit(string unit) => Strings.Unit(unit);

    /// <inheritdoc cref="UiStrings.Figure"/>
    public static string Figure(string key, string label) => Strings.Figure(key, label);

    /// <summary>Makes <paramref name="strings"/> the ones templates see in the current flow of rendering.</summary>
    public static void Use(UiStrings strings) => Current.Value = strings;
}
