using Portal.Build.Search;
using Portal.Build.Tests.Support;

namespace Portal.Build.Tests.Search;

public sealed class SearchKeysTests
{
    [Fact]
    public void Chinese_text_gives_every_character_and_every_pair_of_neighbouring_characters()
    {
        var keys = SearchKeys.OfText("公务接待费");

        Assert.Equal(new[] { "公", "务", "接", "待", "费", "公务", "务接", "接待", "待费" }.Order(), keys.Order());
    }

    [Fact]
    public void Punctuation_and_spaces_break_pairs()
    {
        var keys = SearchKeys.OfText("“三公”经费 支出");

        Assert.Contains("三公", keys);
        Assert.Contains("经费", keys);
        Assert.DoesNotContain("公经", keys);
        Assert.DoesNotContain("费支", keys);
    }

    [Fact]
    public void Codes_and_amounts_are_words_indexed_by_every_substring_and_latin_is_folded_to_lower_case()
    {
        var keys = SearchKeys.OfText("2010301 行政运行 3865.52 万元 PDF");

        Assert.Subset(keys.ToHashSet(), new HashSet<string> { "2", "20", "201", "2010", "20103", "201030", "2010301", "0301", "103", "3865", "3865.5", "3865.52", "865.52", "52", "pdf" });
        Assert.DoesNotContain("3865.", keys);
        Assert.DoesNotContain(".52", keys);
        Assert.DoesNotContain("PDF", keys);
    }

    [Fact]
    public void A_query_of_two_or_more_chinese_characters_asks_for_its_pairs_only()
    {
        Assert.Equal(["机关", "关运", "运行", "行经", "经费"], SearchKeys.OfQuery("机关运行经费"));
        Assert.Equal(["公务"], SearchKeys.OfQuery("公务"));
    }

    [Fact]
    public void A_single_character_query_asks_for_that_character()
    {
        Assert.Equal(["费"], SearchKeys.OfQuery("费"));
    }

    [Fact]
    public void A_mixed_query_asks_for_its_pairs_and_its_words()
    {
        Assert.Equal(["行政", "政运", "运行", "2010301"], SearchKeys.OfQuery("行政运行2010301"));
        Assert.Equal(["2023"], SearchKeys.OfQuery("2023年"));
    }

    /// <summary>The recall guarantee: whatever substring of a published text is searched, its keys are the text's keys.</summary>
    [Fact]
    public void Every_key_of_any_chinese_substring_of_a_seed_report_is_a_key_of_that_text()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Content, "huaihua-jiguan-shiwu", "sources", "2023.txt"));
        foreach (var line in text.Split('\n').Where(l => l.Length >= 2).Take(400))
        {
            var keys = SearchKeys.OfText(line);
            for (var length = 1; length <= Math.Min(8, line.Length); length++)
            {
                for (var start = 0; start + length <= line.Length; start += 3)
                {
                    var part = line.Substring(start, length);
                    if (part.Any(char.IsWhiteSpace) || !part.Any(SearchKeys.IsWide))
                    {
                        continue;
                    }

                    var missing = SearchKeys.OfQuery(part).Where(k => !keys.Contains(k)).ToArray();
                    Assert.True(missing.Length == 0, $"“{part}” in “{line}” asks for keys the line lacks: {string.Join(", ", missing)}");
                }
            }
        }
    }
}
