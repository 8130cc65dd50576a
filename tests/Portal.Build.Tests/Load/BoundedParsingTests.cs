using System.Text;
using Portal.Build.Load;
using Portal.Build.Load.Yaml;
using Portal.Build.Tests.Support;
using Portal.Core.Diagnostics;

namespace Portal.Build.Tests.Load;

/// <summary>Issue 14: a hostile or broken file is refused with a located error before it can exhaust the stack, memory or time.</summary>
public sealed class BoundedParsingTests
{
    private static Diagnostic LoadOnly(TempSite site)
    {
        var diagnostics = new DiagnosticBag();
        ContentLoader.Load(site.Content, diagnostics);
        return Assert.Single(diagnostics.Items);
    }

    private static Diagnostic ParseOnly(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(YamlDocumentParser.Parse(yaml, "content/ceshi/2023.yml", diagnostics));
        return Assert.Single(diagnostics.Items);
    }

    [Fact]
    public void Thirty_thousand_nested_brackets_are_a_located_error_instead_of_a_stack_overflow()
    {
        var yaml = "title: 测试\nkinds: " + new string('[', 30_000) + new string(']', 30_000) + "\n";

        var error = ParseOnly(yaml);

        Assert.Equal(
            $"content/ceshi/2023.yml:2:{7 + YamlLimits.MaxDepth}: error: [load] malformed YAML: lists and mappings are nested more than {YamlLimits.MaxDepth} deep here; a report needs far fewer (is a bracket unclosed, or an indentation wrong?)",
            error.ToString());
    }

    [Fact]
    public void Deeply_nested_mappings_are_refused_as_well_as_lists()
    {
        var yaml = "title: " + string.Concat(Enumerable.Repeat("{a: ", 5_000)) + "1" + new string('}', 5_000) + "\n";

        var error = ParseOnly(yaml);

        Assert.Equal(1, error.Location!.Line);
        Assert.StartsWith($"malformed YAML: lists and mappings are nested more than {YamlLimits.MaxDepth} deep here", error.Message);
    }

    [Fact]
    public void A_billion_laughs_alias_bomb_is_refused_where_its_aliases_pass_the_limit()
    {
        var bomb = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i < 10; i++)
        {
            bomb.Append($"a{i}: &a{i} [").Append(string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))).Append("]\n");
        }

        var error = ParseOnly(bomb.ToString());

        // a0..a4 hold 11 + 111 + 1111 + 11111 + 111111 values; line 6 (a5) takes the total past a million.
        Assert.Equal(6, error.Location!.Line);
        Assert.Equal(
            $"malformed YAML: with its aliases (*name) expanded, the file holds more than {YamlLimits.MaxNodes:N0} values; a report needs far fewer (an alias bomb?)",
            error.Message);
    }

    [Fact]
    public void More_aliases_than_the_limit_are_refused_at_the_first_one_over()
    {
        var yaml = "unit: &u 万元\nunits: [" + string.Join(", ", Enumerable.Repeat("*u", YamlLimits.MaxAliases + 1)) + "]\n";

        var error = ParseOnly(yaml);

        Assert.Equal(new SourceLocation("content/ceshi/2023.yml", 2, 9 + (4 * YamlLimits.MaxAliases)), error.Location);
        Assert.Equal($"malformed YAML: more than {YamlLimits.MaxAliases:N0} aliases (*name) in one file; write the values out instead", error.Message);
    }

    [Fact]
    public void More_values_than_the_limit_are_refused_without_any_alias()
    {
        var yaml = "rows: [" + string.Join(",", Enumerable.Repeat("0", YamlLimits.MaxNodes)) + "]\n";

        var error = ParseOnly(yaml);

        Assert.Equal(1, error.Location!.Line);
        Assert.Equal($"malformed YAML: the file holds more than {YamlLimits.MaxNodes:N0} values; a report needs far fewer", error.Message);
    }

    [Fact]
    public void A_file_larger_than_the_limit_is_refused_before_it_is_read()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, "title: x\nbody: " + new string('x', YamlLimits.MaxFileBytes) + "\n");

        var error = LoadOnly(site);

        Assert.Equal(Path.Combine("ceshi", "2023.yml"), Path.GetRelativePath(site.Content, Path.GetFullPath(error.Location!.File)));
        Assert.Equal((1, 1), (error.Location.Line, error.Location.Column));
        Assert.Equal($"the file is {YamlLimits.MaxFileBytes + 16:N0} bytes; a content file may be at most {YamlLimits.MaxFileBytes:N0} bytes (8 MB)", error.Message);
    }

    [Fact]
    public void The_sample_reports_are_well_inside_every_limit()
    {
        foreach (var file in Directory.GetFiles(RepositoryPaths.Content, "*.yml", SearchOption.AllDirectories))
        {
            var diagnostics = new DiagnosticBag();
            Assert.NotNull(YamlDocumentParser.Parse(File.ReadAllText(file), file, diagnostics));
            Assert.Empty(diagnostics.Items);
        }
    }
}
