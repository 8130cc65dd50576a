using System.CommandLine;
using Portal.Build.Load;
using Portal.Build.Scaffold;

namespace Portal.Cli.Commands;

/// <summary><c>portal new &lt;slug&gt; &lt;year&gt;</c>: start a department-year file ready to fill.</summary>
internal static class NewCommand
{
    public static Command Create(TextWriter output, TextWriter errors)
    {
        var site = CommonOptions.Site();
        var slug = new Argument<string>("department-slug") { Description = "Department folder name, e.g. huaihua-jiguan-shiwu" };
        var year = new Argument<int>("year") { Description = "The report's year, e.g. 2024" };
        var name = new Option<string?>("--name") { Description = "The department's official name, for a new department.yml and the report title" };
        var template = new Option<string?>("--template") { Description = "The table template the report follows (hunan, shanghai, sichuan, or the site's own); default hunan" };
        var command = new Command("new", "Create content/<slug>/<year>.yml (and department.yml if new) with every section present and commented") { slug, year, site, name, template };
        command.SetAction(parse =>
        {
            if (CommonOptions.LoadSite(parse.GetValue(site)!, errors) is not { } config)
            {
                return 1;
            }

            var result = Scaffolder.Create(config, parse.GetValue(slug)!, parse.GetValue(year), parse.GetValue(name), parse.GetValue(template));
            if (!result.Succeeded)
            {
                errors.WriteLine($"error: {result.Error}");
                return 1;
            }

            foreach (var file in result.Created)
            {
                output.WriteLine($"created {ContentLoader.Display(file)}");
            }

            output.WriteLine("next: fill the file (lines starting with \"# \" are parts to switch on), then run portal serve to see it live");
            return 0;
        });
        return command;
    }
}
