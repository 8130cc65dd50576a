namespace Portal.Build.Modeling;

/// <summary>
/// <c>404.html</c>, which static hosts (nginx <c>error_page</c>, GitHub Pages, OSS) serve for any address the site
/// does not have. It is served at the missing address, whatever its depth, so its links start from base_url
/// instead of being relative to the page.
/// </summary>
public sealed record NotFoundPage : PageModel
{
    public const string File = "404.html";

    public override string Template => "pages/NotFound";

    public override string OutputFile => File;

    public override string Root => Site.BaseUrl;
}
