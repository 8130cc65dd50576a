namespace Portal.Core.Diagnostics;

/// <summary>
/// The language Portal speaks to the webmaster in: the site's <c>language</c> (zh-CN unless site.yml says en).
/// Messages a webmaster must act on (a YAML mistake, a misspelt key) come in this language.
/// </summary>
public enum MessageLanguage
{
    Chinese,
    English,
}

public static class MessageLanguages
{
    /// <summary>The message language of a site language code; anything but <c>en</c> is Chinese, the default.</summary>
    public static MessageLanguage Of(string? siteLanguage) =>
        siteLanguage is not null && siteLanguage.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? MessageLanguage.English : MessageLanguage.Chinese;

    /// <summary>Picks the Chinese or the English text: every translated message is written as such a pair.</summary>
    public static string Say(this MessageLanguage language, string chinese, string english) =>
        language == MessageLanguage.English ? english : chinese;
}
