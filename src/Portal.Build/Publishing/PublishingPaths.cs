namespace Portal.Build.Publishing;

/// <summary>Site-relative paths of the files for search engines and feed readers.</summary>
public static class PublishingPaths
{
    public const string Sitemap = "sitemap.xml";

    public const string Feed = "feed.xml";

    public const string Robots = "robots.txt";
}
