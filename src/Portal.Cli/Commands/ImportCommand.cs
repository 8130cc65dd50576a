using System.CommandLine;
using Portal.Build.Import;

namespace Portal.Cli.Commands;

/// <summary><c>portal import FILE --department SLUG --year YYYY [--template NAME] [--force]</c>: a draft report from the published file.</summary>
internal static class ImportCommand
{
    public static Command Create(TextWriter output, TextWriter errors, CliText text)
    {
        var site = CommonOptions.Site(text);
        var file = new Argument<FileInfo>("file") { Description = text.Help("import_file") };
        var department = new Option<string>("--department") { Description = text.Help("slug"), Required = true };
        var year = new Option<int>("--year") { Description = text.Help("year"), Required = true };
        var template = new Option<string?>("--template") { Description = text.Help("import_template") };
        var force = new Option<bool>("--force") { Description = text.Help("force") };
        var command = new Command("import", text.Help("import")) { file, department, year, template, force, site };
        command.SetAction(parse =>
        {
            if (CommonOptions.LoadSite(parse.GetValue(site)!, errors, text) is not { } config)
            {
                return 1;
            }

            var result = ReportImporter.Import(config, parse.GetValue(file)!.FullName, parse.GetValue(department)!, parse.GetValue(year), parse.GetValue(template), parse.GetValue(force));
            if (!result.Succeeded)
            {
                errors.WriteLine(text.T("error", result.Error));
                return 1;
            }

            if (result.Changes is not null)
            {
                output.WriteLine(result.Changes);
            }

            output.Write(result.Summary);
            foreach (var written in result.Written)
            {
                output.WriteLine(text.T("import_written", ReportImporter.Display(config, written)));
            }

            output.WriteLine(text.T("import_next"));
            return 0;
        });
        return command;
    }
}
