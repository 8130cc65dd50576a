using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Portal.Build.Load.Yaml;

/// <summary>
/// What one content file may hold. A real report is about 120 KB, nests 8 deep and has some 15,000 values; the
/// limits are far above that and far below what exhausts the stack (about 30,000 nested brackets), the memory (a
/// 1 KB alias bomb expands to a billion values) or the time of a build.
/// </summary>
public static class YamlLimits
{
    public const int MaxFileBytes = 8 * 1024 * 1024;

    /// <summary>Lists and mappings open inside one another, the file's root mapping included.</summary>
    public const int MaxDepth = 64;

    public const int MaxAliases = 1_000;

    /// <summary>Scalars, lists and mappings (keys included), each alias counted as everything it stands for.</summary>
    public const int MaxNodes = 1_000_000;
}

/// <summary>Raised by <see cref="LimitingParser"/> where a file passes one of the <see cref="YamlLimits"/>.</summary>
internal sealed class YamlLimitException(Mark start, string message) : Exception(message)
{
    public Mark Start { get; } = start;
}

/// <summary>
/// Passes YamlDotNet's parse events through, counting as it goes, and stops the first event past a limit: before
/// the representation model (which recurses once per level) or the readers (which walk every alias) see it.
/// </summary>
internal sealed class LimitingParser(IParser inner) : IParser
{
    // The expanded size of each anchor seen so far, so an alias counts as much as what it repeats.
    private readonly Dictionary<string, long> _anchorSizes = new(StringComparer.Ordinal);
    private readonly Stack<(string? Anchor, long NodesAtStart)> _open = new();
    private long _nodes;
    private int _aliases;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        switch (inner.Current)
        {
            case AnchorAlias alias:
                if (++_aliases > YamlLimits.MaxAliases)
                {
                    throw new YamlLimitException(alias.Start, $"more than {YamlLimits.MaxAliases:N0} aliases (*name) in one file; write the values out instead");
                }

                Count(alias, _anchorSizes.GetValueOrDefault(alias.Value.Value, 1));
                break;
            case Scalar scalar:
                Count(scalar, 1);
                Anchored(scalar.Anchor, 1);
                break;
            case NodeEvent start and (SequenceStart or MappingStart):
                if (_open.Count >= YamlLimits.MaxDepth)
                {
                    throw new YamlLimitException(start.Start, $"lists and mappings are nested more than {YamlLimits.MaxDepth} deep here; a report needs far fewer (is a bracket unclosed, or an indentation wrong?)");
                }

                Count(start, 1);
                _open.Push((start.Anchor.IsEmpty ? null : start.Anchor.Value, _nodes - 1));
                break;
            case SequenceEnd or MappingEnd when _open.TryPop(out var opened):
                if (opened.Anchor is { } anchor)
                {
                    _anchorSizes[anchor] = _nodes - opened.NodesAtStart;
                }

                break;
        }

        return true;
    }

    private void Anchored(AnchorName anchor, long size)
    {
        if (!anchor.IsEmpty)
        {
            _anchorSizes[anchor.Value] = size;
        }
    }

    private void Count(ParsingEvent at, long nodes)
    {
        _nodes += nodes;
        if (_nodes > YamlLimits.MaxNodes)
        {
            throw new YamlLimitException(at.Start, _aliases > 0
                ? $"with its aliases (*name) expanded, the file holds more than {YamlLimits.MaxNodes:N0} values; a report needs far fewer (an alias bomb?)"
                : $"the file holds more than {YamlLimits.MaxNodes:N0} values; a report needs far fewer");
        }
    }
}
