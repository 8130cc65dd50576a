using System.Text;
using System.Xml;
using Portal.Build.Modeling;

namespace Portal.Build.Publishing;

/// <summary><c>sitemap.xml</c> (sitemaps.org 0.9): every page's absolute URL. Needs an absolute base_url.</summary>
public static class SitemapWriter
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static byte[] Write(SiteInfo site, IEnumerable<string> addresses)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Namespace);
            foreach (var address in addresses)
            {
                xml.WriteStartElement("url", Namespace);
                xml.WriteElementString("loc", Namespace, site.AbsoluteUrl(address));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return buffer.ToArray();
    }

    internal static XmlWriterSettings Settings { get; } = new() { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
}
