using Portal.Build.Schema;
using Portal.Core.Diagnostics;

namespace Portal.Build.Scaffold;

/// <summary>
/// <c>portal init DIR</c>: a new site of one's own — site.yml, an empty content folder (or the example department),
/// the JSON Schemas for the editor and a README in Chinese. The theme is not copied: a site without a
/// <c>themes/</c> folder uses the default theme that ships with Portal (<see cref="Bundled"/>).
/// Never writes into a folder that already has files in it.
/// </summary>
public static class SiteInitializer
{
    public const string ExampleDepartment = "huaihua-jiguan-shiwu";

    public static ScaffoldResult Create(string folder, bool example, string? title, MessageLanguage language)
    {
        var root = Path.GetFullPath(folder);
        if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
        {
            return new ScaffoldResult([], language.Say(
                $"{folder} 里已经有文件：portal init 只在新的或空的文件夹里建站，不会覆盖任何文件",
                $"{folder} already has files in it: portal init only starts a site in a new or empty folder and never overwrites a file"));
        }

        var exampleSource = Path.Combine(Bundled.ExamplesDirectory, ExampleDepartment);
        if (example && !Directory.Exists(exampleSource))
        {
            return new ScaffoldResult([], language.Say(
                $"这个 Portal 没有带示例部门（{exampleSource} 不存在）",
                $"this Portal ships without the example department ({exampleSource} does not exist)"));
        }

        var created = new List<string>();
        void Write(string relative, string text)
        {
            var path = Path.Combine(root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
            created.Add(path);
        }

        Write("site.yml", SiteText(title ?? language.Say("部门决算公开平台", "Final accounts portal"), language));
        Write("README.md", SiteReadme.Text(example ? ExampleDepartment : null));
        Write(".gitignore", "public/\n");
        foreach (var schema in ContentSchemas.Files)
        {
            var path = Path.Combine(root, ContentSchemas.Folder, schema);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, ContentSchemas.Read(schema));
            created.Add(path);
        }

        var content = Path.Combine(root, "content");
        Directory.CreateDirectory(content);
        created.Add(content + Path.DirectorySeparatorChar);
        if (example)
        {
            created.AddRange(CopyFolder(exampleSource, Path.Combine(content, ExampleDepartment)));
        }

        return new ScaffoldResult(created, null);
    }

    private static string SiteText(string title, MessageLanguage language) => $"""
        # 网站设置。每一项的说明见 README.md。
        title: {title}
        # description: 一句话介绍，显示在首页
        language: {language.Say("zh-CN", "en")}
        base_url: /                 # 发布在子路径时写成 /portal/ 或 https://example.gov.cn/portal/
        content_dir: content
        output_dir: public
        # theme: default            # 主题；没有 themes 文件夹时使用 Portal 自带的默认主题
        # themes_dir: themes        # 自己的主题放在哪里（定制主题时再建）

        """;

    private static IEnumerable<string> CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
            yield return target;
        }
    }
}
