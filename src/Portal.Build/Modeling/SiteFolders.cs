using System.Collections.Frozen;
using Portal.Build.Classification;
using Portal.Build.Comparison;
using Portal.Build.Load;
using Portal.Build.OpenData;
using Portal.Build.Pipeline;
using Portal.Build.Schema;
using Portal.Core.Diagnostics;
using Portal.Core.Model;

namespace Portal.Build.Modeling;

/// <summary>
/// The site's own top-level folders. A department folder is a top-level folder of the site too, so a department
/// named like one of these (<c>content/search/</c>) would have its pages written over by the site's, or theirs by
/// its: the build refuses it before anything is written.
/// </summary>
public static class SiteFolders
{
    /// <summary>Folder names, without the slash; every top-level folder a build writes that is not a department's.</summary>
    public static FrozenSet<string> Reserved { get; } = new[]
    {
        HomePage.MorePages, SiteModelBuilder.GlossaryPath, SearchPage.SitePath, ChecksPageBuilder.Path,
        ComparePagesBuilder.IndexPath, ClassificationPaths.Index, OpenDataPaths.DataPage, SiteModelBuilder.AssetsFolder,
        ContentSchemas.Folder + "/",
    }.Select(path => path.TrimEnd('/')).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>An error at each department whose slug is a site folder's name, naming the folder to rename.</summary>
    public static void Refuse(ContentSet content, DiagnosticBag diagnostics, MessageLanguage language)
    {
        foreach (var department in content.Departments.Select(d => d.Department).Where(d => Reserved.Contains(d.Slug)))
        {
            diagnostics.Error(BuildStage.Validate, new SourceLocation(ContentLoader.Display(Path.GetDirectoryName(department.FilePath)!), 1, 1), null, Taken(department.Slug, language));
        }
    }

    /// <summary>Why <paramref name="slug"/>, one of <see cref="Reserved"/>, cannot name a department, and what to do.</summary>
    public static string Taken(string slug, MessageLanguage language) => language.Say(
        $"部门文件夹名 '{slug}' 与网站自己的栏目 {slug}/ 重名，两者的网页会互相覆盖：请给这个部门换一个文件夹名（例如 {slug}-bumen）。网站保留的名字有：{string.Join("、", Reserved.Order(StringComparer.Ordinal))}",
        $"department folder '{slug}' has the name of the site's own {slug}/ section, and their pages would overwrite each other: give the department another folder name (e.g. {slug}-dept). Names the site keeps for itself: {string.Join(", ", Reserved.Order(StringComparer.Ordinal))}");
}
