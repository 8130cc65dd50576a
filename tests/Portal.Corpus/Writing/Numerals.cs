namespace Portal.Corpus.Writing;

/// <summary>The numbering Chinese reports print before headings: 一、 二、 … and （一） （二） ….</summary>
public static class Numerals
{
    private static readonly string[] Digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

    /// <summary>1 → 一, 10 → 十, 14 → 十四, 23 → 二十三 (enough for any report's section count).</summary>
    public static string Chinese(int n) => n switch
    {
        < 10 => Digits[n],
        10 => "十",
        < 20 => "十" + Digits[n % 10],
        _ => Digits[n / 10] + "十" + (n % 10 == 0 ? string.Empty : Digits[n % 10]),
    };

    public static string Top(int n) => Chinese(n) + "、";

    public static string Sub(int n) => "（" + Chinese(n) + "）";
}
