using System.Collections;
using Portal.Build.Render;

namespace Portal.Build.Modeling;

/// <summary>
/// The pages of a site in their order, built as they are read: a department's pages (its page, each report's page
/// and source view) are made when the renderer reaches them and let go once rendered, so a build holds the view
/// models of a few departments at a time, not of the whole site (issue 17). A part built from the parts before it
/// (the 数据核对 page, from each report's placed findings) is made only after every earlier part has been, on the
/// reading thread. The sequence is read once: a part lets go of what its pages are made from (a department's
/// content) as it builds them, so the content of the departments already rendered is not held either; a second
/// reading fails.
/// </summary>
public sealed class PageSequence : IEnumerable<PageModel>
{
    /// <summary>Departments built ahead of the reader, on every core: a few, so the pages waiting stay few.</summary>
    private const int DepartmentWindow = 4;

    private readonly IReadOnlyList<Part> _parts;

    /// <summary>The first part of <see cref="Later"/>: the parts' count when the builder marked none.</summary>
    private readonly int _laterFrom;

    private PageSequence(IReadOnlyList<Part> parts, int? laterFrom = null)
    {
        _parts = parts;
        _laterFrom = laterFrom ?? parts.Count;
        Count = parts.Sum(p => p.Count);
    }

    /// <summary>Pages in the sequence (known before any is built).</summary>
    public int Count { get; }

    /// <summary>
    /// The addresses (site-relative paths) of the pages, in order, known before any page is built: what
    /// <c>sitemap.xml</c> lists. The 404 page is no address.
    /// </summary>
    public IEnumerable<string> Addresses => _parts.SelectMany(p => p.Addresses);

    /// <summary>
    /// The pages before the place the builder marked with <see cref="Builder.StartLater"/> (all of them when it marked
    /// none), sharing this sequence's parts: read it, then <see cref="Later"/>, and the site's pages have been read once,
    /// in order, with time in between to write what the later pages show (the data archive, whose members the
    /// department pages make as they are built).
    /// </summary>
    public PageSequence Earlier => new([.. _parts.Take(_laterFrom)]);

    /// <summary>The pages from the place the builder marked with <see cref="Builder.StartLater"/>; none when it marked none.</summary>
    public PageSequence Later => new([.. _parts.Skip(_laterFrom)]);

    /// <summary>A sequence of pages already built (tests, and <c>portal serve</c>'s pages to render again).</summary>
    public static PageSequence Of(IEnumerable<PageModel> pages) => new([.. pages.Select(Part.Made)]);

    public IEnumerator<PageModel> GetEnumerator()
    {
        for (var i = 0; i < _parts.Count;)
        {
            if (_parts[i].Page is { } made)
            {
                i++;
                yield return made;
                continue;
            }

            if (!_parts[i].Independent)
            {
                var part = _parts[i++];
                foreach (var page in Checked(part, part.Take()()))
                {
                    yield return page;
                }

                continue;
            }

            // A run of independent parts (departments) is built on every core, in order.
            var end = i;
            while (end < _parts.Count && _parts[end].Independent)
            {
                end++;
            }

            var run = _parts.Skip(i).Take(end - i).ToArray();
            foreach (var built in OrderedParallel.Map(run, part => Checked(part, part.Take()()), Environment.ProcessorCount, DepartmentWindow))
            {
                foreach (var page in built)
                {
                    yield return page;
                }
            }

            i = end;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>A part's pages must be the ones it announced: the sitemap and the page count were written from them.</summary>
    private static IReadOnlyList<PageModel> Checked(Part part, IReadOnlyList<PageModel> pages)
    {
        if (!pages.Select(p => p.Path).SequenceEqual(part.Addresses))
        {
            throw new InvalidOperationException($"a part announced the pages {string.Join(", ", part.Addresses)} but built {string.Join(", ", pages.Select(p => p.Path))}");
        }

        return pages;
    }

    /// <summary>Builds a <see cref="PageSequence"/> part by part, in page order.</summary>
    public sealed class Builder
    {
        private readonly List<Part> _parts = [];
        private int? _laterFrom;

        /// <summary>A page made now.</summary>
        public void Add(PageModel page) => _parts.Add(Part.Made(page));

        public void AddRange(IEnumerable<PageModel> pages) => _parts.AddRange(pages.Select(Part.Made));

        /// <summary>
        /// Pages that depend on nothing built before them (a department's), made when read, possibly on another
        /// thread beside the other such parts next to it; <paramref name="addresses"/> are the paths of the pages it
        /// will make, in order.
        /// </summary>
        public void AddIndependent(IReadOnlyList<string> addresses, Func<IReadOnlyList<PageModel>> build) =>
            _parts.Add(new Part(null, build, addresses, addresses.Count, independent: true));

        /// <summary>
        /// Pages made when read, after every part before it has been made (they may read what those left);
        /// <paramref name="addresses"/> are the paths of the pages it will make, in order.
        /// </summary>
        public void AddAfterEarlier(IReadOnlyList<string> addresses, Func<IReadOnlyList<PageModel>> build) =>
            _parts.Add(new Part(null, build, addresses, addresses.Count, independent: false));

        /// <summary>
        /// Marks the pages added from here on as <see cref="Later"/>: they show what is made from every page before
        /// them (the data page, the data archive's size), so they are rendered after it. Once per sequence.
        /// </summary>
        public void StartLater()
        {
            if (_laterFrom is not null)
            {
                throw new InvalidOperationException("the later pages of a sequence start once");
            }

            _laterFrom = _parts.Count;
        }

        public PageSequence ToSequence() => new([.. _parts], _laterFrom);
    }

    private sealed class Part(PageModel? page, Func<IReadOnlyList<PageModel>>? build, IReadOnlyList<string> addresses, int count, bool independent)
    {
        private Func<IReadOnlyList<PageModel>>? _build = build;

        /// <summary>The page of a part made beforehand; null for a part whose pages are made when read.</summary>
        public PageModel? Page { get; } = page;

        public IReadOnlyList<string> Addresses { get; } = addresses;

        public int Count { get; } = count;

        public bool Independent { get; } = independent;

        public static Part Made(PageModel page) => new(page, null, page is NotFoundPage ? [] : [page.Path], 1, independent: false);

        /// <summary>What makes the part's pages, given up as it is taken: what it holds (a department's content) goes with it.</summary>
        public Func<IReadOnlyList<PageModel>> Take() =>
            Interlocked.Exchange(ref _build, null)
            ?? throw new InvalidOperationException($"the pages {string.Join(", ", Addresses)} were read before: a site's pages are built as they are read, once");
    }
}
