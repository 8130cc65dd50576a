using System.CommandLine;
using Portal.Build.Load;
using Portal.Build.Scaffold;

namespace Portal.Cli.Commands;

/// <summary><c>portal new &lt;slug&gt; &lt;year&gt;</c>: start a department-year file ready to fill.</summary>
internal static class NewCommand
{
    public static Command Create(TextWriter output, TextWriter errors, CliText text)
    {
        var site = CommonOptions.Site(text);
        var slug = new Argument<string>("department-slug") { Description = text.Help("slug") };
        var year = new Argument<int>("year") { Description = text.Help("year") };
        var name = new Option<string?>("--name") { Description = text.Help("name") };
        var template = new Option<string?>("--template") { Description = text.Help("template") };
        var command = new Command("new", text.Help("new")) { slug, year, site, name, template };
        command.SetAction(parse =>
        {
            if (CommonOptions.LoadSite(parse.GetValue(site)!, errors, text) is not { } config)
            {
                return 1;
            }

            var result = Scaffolder.Create(config, parse.GetValue(slug)!, parse.GetValue(year), parse.GetValue(name), parse.GetValue(template));
            if (!result.Succeeded)
            {
                errors.WriteLine(text.T("error", result.Error));
                return 1;
            }

            foreach (var file in result.Created)
            {
                output.WriteLine(text.T("new_created", ContentLoader.Display(file)));
            }

            output.WriteLine(text.T("new_next"));
            return 0;
        });
        return command;
    }
}
