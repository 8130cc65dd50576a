namespace Portal.Build.Modeling;

/// <summary>The site search page (<c>search/</c>); its script reads the index the index stage writes beside it.</summary>
public sealed record SearchPage : PageModel
{
    public const string SitePath = "search/";

    public override string Template => "pages/Search";
}
