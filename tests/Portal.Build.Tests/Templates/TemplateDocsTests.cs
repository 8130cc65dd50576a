using Portal.Build.Load.Templates;
using Portal.Build.Tests.Support;

namespace Portal.Build.Tests.Templates;

/// <summary>SCHEMA.md's table shapes are the template definitions', written by TemplateDocs (PORTAL_UPDATE_GOLDEN=1 rewrites them).</summary>
public sealed class TemplateDocsTests
{
    [Fact]
    public void Schema_md_lists_every_shipped_templates_tables_exactly_as_the_definitions_give_them()
    {
        var path = Path.Combine(RepositoryPaths.Content, "SCHEMA.md");
        var text = File.ReadAllText(path);
        var start = text.IndexOf(TemplateDocs.Begin, StringComparison.Ordinal);
        var end = text.IndexOf(TemplateDocs.End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "SCHEMA.md has lost its generated tables block");
        var generated = TemplateDocs.Markdown(TemplateCatalog.Shipped.All);
        var current = text[(start + TemplateDocs.Begin.Length)..end].Trim('\n');

        if (Environment.GetEnvironmentVariable("PORTAL_UPDATE_GOLDEN") == "1" && current != generated.Trim('\n'))
        {
            File.WriteAllText(path, text[..(start + TemplateDocs.Begin.Length)] + "\n" + generated + text[end..]);
            return;
        }

        Assert.Equal(generated.Trim('\n'), current);
        Assert.Contains("| `sangong` | 财政拨款“三公”经费支出决算表 | `budget: {total, overseas, vehicles, vehicle_purchase, vehicle_operation, reception}`", generated);
        Assert.Contains("| `summary` | 收入支出决算总表 | `income: - [项目, 决算数]` and `expenditure: - [项目, 决算数]` |", generated);
        Assert.Contains("| `t01` | 公开01表 收入支出决算总表 | `income: - [行次, 项目, 决算数]`", generated);
    }
}
