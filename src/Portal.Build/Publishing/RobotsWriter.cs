using System.Text;
using Portal.Build.Modeling;

namespace Portal.Build.Publishing;

/// <summary><c>robots.txt</c>: the whole site may be crawled; names the sitemap when there is one.</summary>
public static class RobotsWriter
{
    public static byte[] Write(SiteInfo site)
    {
        var text = new StringBuilder("User-agent: *\nAllow: /\n");
        if (site.AbsoluteUrl(PublishingPaths.Sitemap) is { } sitemap)
        {
            text.Append($"Sitemap: {sitemap}\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
