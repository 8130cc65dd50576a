using Portal.Build.Modeling;

namespace Portal.Build.Tests.Modeling;

public sealed class PaginationTests
{
    [Fact]
    public void Five_items_in_pages_of_two_are_three_pages_at_the_listing_path_then_2_and_3()
    {
        var pages = Pagination.Split("compare/x/", ["a", "b", "c", "d", "e"], 2);

        Assert.Equal([["a", "b"], ["c", "d"], ["e"]], pages.Select(p => p.Items.ToArray()));
        Assert.Equal(["compare/x/", "compare/x/2/", "compare/x/3/"], pages.Select(p => p.Page.Path));
        Assert.Equal([null, "compare/x/", "compare/x/2/"], pages.Select(p => p.Page.Previous));
        Assert.Equal(["compare/x/2/", "compare/x/3/", null], pages.Select(p => p.Page.Next));
        Assert.All(pages, p => Assert.Equal(3, p.Page.Count));
    }

    [Fact]
    public void An_empty_listing_is_one_empty_page()
    {
        var (page, items) = Assert.Single(Pagination.Split("data/", Array.Empty<string>(), 100));

        Assert.Empty(items);
        Assert.Equal(("data/", 1, 1), (page.Path, page.Number, page.Count));
    }
}
