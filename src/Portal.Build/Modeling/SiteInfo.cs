using Portal.Build.Render;

namespace Portal.Build.Modeling;

/// <summary>What every page needs to know about the site.</summary>
public sealed record SiteInfo(string Title, string? Description, string Language, string BaseUrl)
{
    /// <summary>The theme's UI strings in the site's language (templates reach them through <see cref="Ui"/>).</summary>
    public UiStrings Strings { get; init; } = UiStrings.Empty;

    /// <summary>
    /// The site has a <c>custom.css</c> beside site.yml: the layout loads it after the theme's stylesheet, so a few CSS
    /// variables (<c>--accent: #a50000;</c>) change the theme without copying it.
    /// </summary>
    public bool HasCustomCss { get; init; }

    /// <summary>Logo, 主办单位, 联系方式, 网站标识码, 备案号 and licence (site.yml), shown where set.</summary>
    public Portal.Core.Configuration.SiteIdentity Identity { get; init; } = Portal.Core.Configuration.SiteIdentity.None;

    /// <summary>The digits of the 公安机关备案号, which its register's address takes (湘公网安备 43010202000123号 → 43010202000123).</summary>
    public string? PoliceRecordCode => Identity.PoliceRecord is { } record && new string(record.Where(char.IsAsciiDigit).ToArray()) is { Length: > 0 } digits ? digits : null;
    /// <summary>The licence of the site's data (site.yml <c>license:</c>), shown on every data page; null when site.yml names none.</summary>
    public Portal.Core.Configuration.SiteLicense? License { get; init; }

    /// <summary>
    /// When the site's data last changed: the newest report's date (<see cref="Publishing.ReportDates"/>, its last commit),
    /// so the same sources always say the same date; null for a site without reports.
    /// </summary>
    public DateTimeOffset? DataUpdated { get; init; }

    /// <summary>The first breadcrumb of every page below the home page (首页).</summary>
    public Crumb Home => new(Strings.T("nav.home"), string.Empty);

    /// <summary>True when base_url is an absolute http(s) URL, so canonical URLs and a sitemap can be written.</summary>
    public bool HasAbsoluteBase => Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    /// <summary>The absolute URL of a site-relative path, or null when base_url is only a path.</summary>
    public string? AbsoluteUrl(string sitePath) => HasAbsoluteBase ? BaseUrl + sitePath : null;
}
