using Portal.Build.Render;

namespace Portal.Build.Pipeline;

/// <summary>
/// Sees every file of a build as it is written (pages in the site model's order, one at a time, on one thread),
/// and may add files of its own: as it goes (a page's search text) or once all the others are written (a search
/// index, a sitemap, a feed). Lets such consumers work page by page without the pipeline holding the rendered site
/// in memory. Files written as a stream, too large to hold (the open-data archive), are not observed.
/// </summary>
public interface IOutputObserver
{
    /// <summary>Sees one file; returns files to add to the site now (they are written, not observed).</summary>
    IReadOnlyList<OutputFile> Observe(OutputFile file);

    /// <summary>Files to add to the site after every other file was observed; written before the output is swapped in.</summary>
    IEnumerable<OutputFile> Complete();
}
