using Portal.Build.Load;
using Portal.Build.Pipeline;
using Portal.Build.Scaffold;
using Portal.Core.Diagnostics;
using static Portal.Cli.Tests.Support.Cli;

namespace Portal.Cli.Tests;

/// <summary><c>portal init DIR</c>: a webmaster's own site, using the theme that ships with Portal.</summary>
public sealed class InitCommandTests : IDisposable
{
    private readonly string _parent = Path.Combine(Path.GetTempPath(), "portal-init-" + Guid.NewGuid().ToString("N"));

    public InitCommandTests() => Directory.CreateDirectory(_parent);

    private string Site => Path.Combine(_parent, "site");

    public void Dispose() => Directory.Delete(_parent, recursive: true);

    private string[] Files() =>
        Directory.GetFileSystemEntries(Site, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(Site, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();

    private BuildResult Build()
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(Path.Combine(Site, "site.yml"), diagnostics)!;
        Assert.Empty(diagnostics.Items);
        Assert.Equal(Bundled.ThemesDirectory, config.ThemesDirectory);
        return new BuildPipeline(config).Build();
    }

    [Fact]
    public void Init_writes_site_yml_an_empty_content_folder_the_schemas_and_a_chinese_readme_and_the_site_builds_with_the_bundled_theme()
    {
        var (exit, output, errors) = Run("init", Site);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, errors);
        Assert.Equal(
            $"已新建网站 {Site}（6 个文件）\n下一步：cd {Site}，然后 portal new <部门文件夹名> <年度> 新建一份报告，portal serve 边改边看（说明见 {Site}/README.md）\n",
            output.ReplaceLineEndings("\n"));
        Assert.Equal([".gitignore", "README.md", "content", "schema", "schema/portal-department.schema.json", "schema/portal-report.schema.json", "site.yml"], Files());
        Assert.StartsWith("# 部门决算公开网站\n", File.ReadAllText(Path.Combine(Site, "README.md")).ReplaceLineEndings("\n"));
        Assert.Contains("title: 部门决算公开平台\n", File.ReadAllText(Path.Combine(Site, "site.yml")).ReplaceLineEndings("\n"));
        Assert.False(Directory.Exists(Path.Combine(Site, "themes")));

        var build = Build();

        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        Assert.Empty(build.Diagnostics);
        Assert.True(File.Exists(Path.Combine(Site, "public", "index.html")));
        Assert.True(File.Exists(Path.Combine(Site, "public", "assets", "site.css")));
    }

    [Fact]
    public void Init_with_example_copies_one_complete_department_that_builds_with_no_load_or_validate_message()
    {
        var (exit, _, errors) = Run("init", Site, "--example", "--title", "怀化市财政信息公开");

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, errors);
        Assert.Contains("content/huaihua-jiguan-shiwu/2023.yml", Files());
        Assert.Contains("content/huaihua-jiguan-shiwu/sources/2023.txt", Files());

        var build = Build();

        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        Assert.All(build.Diagnostics, d => Assert.Equal(BuildStage.Check, d.Stage));
        Assert.Contains("怀化市财政信息公开", File.ReadAllText(Path.Combine(Site, "public", "index.html")));
        Assert.True(File.Exists(Path.Combine(Site, "public", "huaihua-jiguan-shiwu", "2023", "index.html")));
    }

    [Fact]
    public void Init_refuses_a_folder_that_already_has_files_exits_1_and_changes_nothing()
    {
        Directory.CreateDirectory(Site);
        File.WriteAllText(Path.Combine(Site, "notes.txt"), "mine");

        var (exit, output, errors) = Run("init", Site);

        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal($"错误：{Site} 里已经有文件：portal init 只在新的或空的文件夹里建站，不会覆盖任何文件\n", errors.ReplaceLineEndings("\n"));
        Assert.Equal(["notes.txt"], Files());
    }

    [Fact]
    public void Init_in_english_writes_an_english_site_and_speaks_english()
    {
        var (exit, output, _) = Run("init", Site, "--language", "en");

        Assert.Equal(0, exit);
        Assert.StartsWith($"created the site {Site} (6 files)\n", output.ReplaceLineEndings("\n"));
        Assert.Contains("\nlanguage: en\n", File.ReadAllText(Path.Combine(Site, "site.yml")).ReplaceLineEndings("\n"));
    }
}
