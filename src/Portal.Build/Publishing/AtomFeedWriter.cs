using System.Globalization;
using System.Xml;
using Portal.Build.Modeling;
using Portal.Build.Render;

namespace Portal.Build.Publishing;

/// <summary>
/// <c>feed.xml</c>: an Atom feed (RFC 4287) with one entry per published report, newest year first.
/// Links are absolute with an absolute base_url, otherwise relative to the feed (which Atom allows).
/// An entry's <c>updated</c> is when its YAML file was last committed (see <see cref="ReportDates"/>): when it was
/// published or corrected here.
/// </summary>
public static class AtomFeedWriter
{
    public const string Namespace = "http://www.w3.org/2005/Atom";

    public sealed record Entry(ReportSummary Report, DateTimeOffset Updated, string Summary);

    public static byte[] Write(SiteInfo site, IReadOnlyList<Entry> entries)
    {
        string Link(string path) => site.AbsoluteUrl(path) ?? (path.Length == 0 ? "./" : path);
        string Id(string path) => site.AbsoluteUrl(path) ?? $"urn:portal:{(path.Length == 0 ? "site" : path.TrimEnd('/').Replace('/', ':'))}";

        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, SitemapWriter.Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Namespace);
            xml.WriteAttributeString("xml", "lang", null, site.Language);
            xml.WriteElementString("title", Namespace, site.Title);
            if (site.Description is not null)
            {
                xml.WriteElementString("subtitle", Namespace, site.Description);
            }

            xml.WriteElementString("id", Namespace, Id(string.Empty));
            WriteLink(xml, "self", Link(PublishingPaths.Feed), "application/atom+xml");
            WriteLink(xml, "alternate", Link(string.Empty), "text/html");
            xml.WriteElementString("updated", Namespace, Timestamp(entries.Count == 0 ? DateTimeOffset.UnixEpoch : entries.Max(e => e.Updated)));
            xml.WriteStartElement("author", Namespace);
            xml.WriteElementString("name", Namespace, site.Title);
            xml.WriteEndElement();

            foreach (var entry in entries.OrderByDescending(e => e.Report.Year).ThenBy(e => e.Report.DepartmentSlug, StringComparer.Ordinal))
            {
                xml.WriteStartElement("entry", Namespace);
                xml.WriteElementString("title", Namespace, entry.Report.Title);
                xml.WriteElementString("id", Namespace, Id(entry.Report.Path));
                WriteLink(xml, "alternate", Link(entry.Report.Path), "text/html");
                xml.WriteElementString("updated", Namespace, Timestamp(entry.Updated));
                xml.WriteStartElement("author", Namespace);
                xml.WriteElementString("name", Namespace, entry.Report.DepartmentName);
                xml.WriteEndElement();
                xml.WriteElementString("summary", Namespace, entry.Summary);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return buffer.ToArray();
    }

    /// <summary>The feed summary of a report, in the site's language: department, year and its published headline figures.</summary>
    public static string Summarize(ReportSummary report, UiStrings strings) =>
        string.Join(strings.T("feed.separator"), new[] { $"{report.DepartmentName} {strings.T("common.fiscal_year", report.Year)}" }
            .Concat(report.Headline.All.Zip(Headline.Keys)
                .Where(f => f.First.Value is not null)
                .Select(f => $"{strings.T("headline." + f.Second)} {AmountFormat.Amount(f.First.Value)} {strings.T("common.unit_wan")}")));

    private static void WriteLink(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", Namespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Timestamp(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
