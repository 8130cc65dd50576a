using System.CommandLine;
using Portal.Corpus;

var reports = new Option<int>("--reports") { Description = "How many department-years to write", Required = true };
var seed = new Option<int>("--seed") { Description = "Random seed; the same seed writes the same bytes", DefaultValueFactory = _ => 1 };
var output = new Option<DirectoryInfo>("--out") { Description = "The site folder to write (site.yml + content/)", Required = true };
var themes = new Option<DirectoryInfo?>("--themes-dir") { Description = "Themes folder for site.yml (default: this repository's themes/)" };
var root = new RootCommand("portal-corpus: writes a deterministic synthetic corpus of 部门决算 department-years.") { reports, seed, output, themes };
root.SetAction(parse =>
{
    var count = parse.GetValue(reports);
    if (count < 1)
    {
        Console.Error.WriteLine("--reports: expected a whole number of at least 1");
        return 1;
    }

    var themesDir = parse.GetValue(themes)?.FullName ?? RepositoryThemes.Find();
    var options = new CorpusOptions(count, parse.GetValue(seed), parse.GetValue(output)!.FullName, themesDir);
    CorpusGenerator.Write(options);
    Console.WriteLine($"wrote {count} reports into {options.OutputDirectory}");
    return 0;
});
return root.Parse(args).Invoke();
