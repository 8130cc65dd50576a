using Portal.Build.Render;

namespace Portal.Build.Search;

/// <summary>Index stage: reads the rendered pages into the search index and adds its files to the site.</summary>
public static class SearchIndexStage
{
    private const string PageFile = "index.html";

    public static IReadOnlyList<OutputFile> AddIndex(IReadOnlyList<OutputFile> files)
    {
        var builder = new SearchIndexBuilder();
        foreach (var file in files.Where(f => f.IsPage && f.Path.EndsWith(PageFile, StringComparison.Ordinal)))
        {
            builder.Add(file.Path[..^PageFile.Length], System.Text.Encoding.UTF8.GetString(file.Content));
        }

        return [.. files, .. builder.Finish().Select(f => new OutputFile(f.OutputPath, f.Content, IsPage: false))];
    }
}
