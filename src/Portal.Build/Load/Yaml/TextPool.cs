using System.Collections.Concurrent;

namespace Portal.Build.Load.Yaml;

/// <summary>
/// One copy of each short text a load reads. Every report repeats the same row names, codes and column words
/// (一般公共服务支出, 2010101, 年初预算数 …): read as they are written, each is a string of its own, and at 10,000
/// reports those copies are a third of the content in memory (issue 17). Texts up to a short paragraph are pooled (a
/// 名词解释 definition is printed word for word by report after report); longer ones (a section of 决算情况说明) are
/// almost never repeated, so the pool holds the site's vocabulary, not its prose.
/// Made for one load and let go with it; safe to share between the threads that read department folders.
/// </summary>
internal sealed class TextPool
{
    /// <summary>
    /// Longer texts are kept as read: a repeated one costs less than a pool of every section. At 1,000 reports, 48
    /// characters left 19.4 MB of strings held at the start of render, 256 left 17.9 MB.
    /// </summary>
    public const int MaxPooledLength = 256;

    private readonly ConcurrentDictionary<string, string> _texts = new(StringComparer.Ordinal);

    /// <summary>The pooled copy of <paramref name="text"/>: the first one read, or this one if it is the first.</summary>
    public string Share(string text) =>
        text.Length is 0 or > MaxPooledLength ? text : _texts.GetOrAdd(text, text);
}
