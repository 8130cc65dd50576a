namespace Portal.Build.Import;

/// <summary>What a re-import changes in a file: the lines removed and added, in order (a longest-common-subsequence diff).</summary>
public static class LineDiff
{
    public static string Describe(string before, string after, string display)
    {
        var a = before.Replace("\r\n", "\n").Split('\n');
        var b = after.Replace("\r\n", "\n").Split('\n');
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var lines = new List<string>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                x++;
                y++;
            }
            else if (x < a.Length && (y == b.Length || lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                lines.Add($"-{x + 1}: {a[x]}");
                x++;
            }
            else
            {
                lines.Add($"+{y + 1}: {b[y]}");
                y++;
            }
        }

        return lines.Count == 0
            ? $"{display}：没有改动"
            : $"{display} 的改动（- 删去的旧行，+ 新行，行号各按旧/新文件）：\n" + string.Join('\n', lines);
    }
}
