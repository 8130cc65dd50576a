using AngleSharp.Html.Parser;
using Portal.Build.Search;
using Portal.Build.Tests.Support;

namespace Portal.Build.Tests.Search;

/// <summary>The index of the real sample site finds every page whose text has the query (recall 100%).</summary>
public sealed class SampleSiteSearchTests(SampleSite site) : IClassFixture<SampleSite>
{
    [Fact]
    public void Every_substring_of_every_indexed_page_finds_that_page()
    {
        var builder = new SearchIndexBuilder();
        var texts = new Dictionary<string, string[]>();
        foreach (var file in Directory.GetFiles(site.Output, "index.html", SearchOption.AllDirectories))
        {
            var path = Path.GetRelativePath(site.Output, Path.GetDirectoryName(file)!).Replace('\\', '/');
            path = path == "." ? string.Empty : path + "/";
            var html = File.ReadAllText(file);
            if (builder.Add(path, html))
            {
                texts[path] = PageTextExtractor.Extract(path, html)!.Segments.Select(s => s.Text).ToArray();
            }
        }

        var index = new IndexFiles(builder.Finish());
        var random = new Random(4);
        var checkedQueries = 0;
        foreach (var (path, segments) in texts)
        {
            foreach (var segment in segments.Where(s => s.Length >= 2).OrderBy(_ => random.Next()).Take(40))
            {
                var length = random.Next(2, Math.Min(8, segment.Length) + 1);
                var query = segment.Substring(random.Next(segment.Length - length + 1), length);
                if (query.Any(char.IsWhiteSpace) || !query.Any(SearchKeys.IsWide))
                {
                    continue;
                }

                var expected = texts.Where(t => t.Value.Any(s => s.Contains(query, StringComparison.Ordinal))).Select(t => t.Key).ToHashSet();
                Assert.True(expected.SetEquals(index.Search(query)), $"“{query}”: expected {string.Join(", ", expected)}, found {string.Join(", ", index.Search(query))}");
                checkedQueries++;
            }
        }

        Assert.True(checkedQueries > 200, $"only {checkedQueries} queries were checked");
        Assert.Contains("huaihua-jiguan-shiwu/2023/", index.Search("公务接待"));
        Assert.DoesNotContain(texts.Keys, p => p.EndsWith("source/", StringComparison.Ordinal) || p == "search/");
    }

    [Fact]
    public void The_built_site_has_the_index_and_a_search_box_on_every_page()
    {
        var parser = new HtmlParser();
        Assert.True(File.Exists(Path.Combine(site.Output, "search", "pages.bin")));
        foreach (var file in Directory.GetFiles(site.Output, "index.html", SearchOption.AllDirectories))
        {
            var document = parser.ParseDocument(File.ReadAllText(file));
            var box = document.QuerySelector("form[role=search]");
            Assert.True(box is not null, file + " has no search form");
            var onSearchPage = Path.GetFileName(Path.GetDirectoryName(file)) == "search";
            Assert.Equal(onSearchPage ? "./" : "search/", onSearchPage ? box!.GetAttribute("action") : box!.GetAttribute("action")![^7..]);
        }
    }
}
