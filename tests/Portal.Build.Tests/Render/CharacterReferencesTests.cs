using Portal.Build.Render;

namespace Portal.Build.Tests.Render;

public sealed class CharacterReferencesTests
{
    [Fact]
    public void Ideographic_spaces_and_newlines_become_characters_again()
    {
        Assert.Equal("公开04表“\u300042.44”\n", CharacterReferences.Unescape("公开04表“&#x3000;42.44”&#xA;"));
    }

    [Fact]
    public void Characters_with_html_meaning_stay_escaped()
    {
        const string html = "&#x3C;&#x3E;&#x26;&#x22;&#x27;&#x0;";

        Assert.Equal(html, CharacterReferences.Unescape(html));
    }

    [Fact]
    public void A_reference_typed_by_an_author_stays_as_text()
    {
        Assert.Equal("&amp;#x3000;", CharacterReferences.Unescape("&amp;#x3000;"));
    }
}
