namespace Portal.Build.Load.Yaml.Plain;

/// <summary>
/// "Did you mean 'title'?" for a misspelt key: the allowed key nearest by edit distance, when it is at most two edits
/// away. Two covers the usual slips (a swapped pair, a missing or doubled letter) without suggesting unrelated keys.
/// </summary>
internal static class KeySuggestion
{
    public const int MaxDistance = 2;

    /// <summary>The nearest of <paramref name="allowed"/> to <paramref name="key"/>, or null when none is close; ties go to the first in order.</summary>
    public static string? Nearest(string key, IEnumerable<string> allowed)
    {
        string? best = null;
        var bestDistance = MaxDistance + 1;
        foreach (var candidate in allowed)
        {
            // A key of one or two letters is "two edits" from every other short key: say nothing rather than guess.
            var distance = Distance(key, candidate);
            if (distance < bestDistance && distance < candidate.Length - 1)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>Levenshtein distance: insertions, deletions and substitutions of one character each cost one.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
