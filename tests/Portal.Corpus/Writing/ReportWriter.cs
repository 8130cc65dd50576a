using Portal.Corpus.Figures;

namespace Portal.Corpus.Writing;

/// <summary>One department-year as content/ holds it: the &lt;year&gt;.yml and the sources/&lt;year&gt;.txt it points into.</summary>
public static class ReportWriter
{
    public static (string Yaml, string Source) Write(ReportFigures figures, Random random)
    {
        var yaml = new YamlText();
        var source = new SourceText();
        var name = figures.Department.Name;
        var year = figures.Year;
        var title = $"{name}{year}年度部门决算";
        var narrative = new NarrativeDrafts(figures);
        var documents = new DocumentWriter(yaml, source);

        source.Add($"{title}公开");
        yaml.Key("title", title).FlowKey("kinds", "决算", "绩效自评").Key("template", "hunan").Key("unit", "万元");
        yaml.Block("source", () => yaml
            .Key("title", $"{title}公开")
            .Key("file", $"sources/{year}.txt")
            .Key("format", "合成测试语料（portal-corpus 生成）")
            .Key("published_by", name));
        documents.Write("overview", $"{name}概况", $"第一部分 {name}概况", narrative.Overview());

        source.Add(string.Empty);
        source.Add($"第二部分 {year}年度部门决算表");
        new TableWriter(figures, yaml, source).WriteAll();
        documents.Write("explanation", $"{year}年度部门决算情况说明", $"第三部分 {year}年度部门决算情况说明", narrative.Explanation());
        WriteGlossary(yaml, source);
        new PerformanceWriter(figures, random, yaml, source).Write();
        return (yaml.ToString(), source.ToString());
    }

    public static string Department(DepartmentPlan department) => new YamlText()
        .Key("name", department.Name)
        .Key("province", department.Place.Province)
        .Key("city", department.Place.City)
        .Key("level", "city")
        .ToString();

    private static void WriteGlossary(YamlText yaml, SourceText source) => yaml.Block("glossary", () =>
    {
        source.Add(string.Empty);
        var line = source.Add("第四部分 名词解释");
        yaml.Key("heading_raw", "第四部分 名词解释").Key("source_line", line);
        yaml.Block("terms", () =>
        {
            foreach (var (term, definition) in NarrativeDrafts.Glossary())
            {
                source.Add($"{term}：{definition}");
                yaml.Item(() => yaml.Key("term", term).Key("definition", definition));
            }
        });
    });
}
