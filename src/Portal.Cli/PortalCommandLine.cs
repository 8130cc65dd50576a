using System.CommandLine;
using Portal.Cli.Commands;

namespace Portal.Cli;

/// <summary>The <c>portal</c> command and its verbs.</summary>
public static class PortalCommandLine
{
    /// <summary>The command line for <paramref name="args"/>: its help and messages are in the language of the site they name.</summary>
    public static RootCommand Create(TextWriter output, TextWriter errors, IReadOnlyList<string> args) =>
        Create(output, errors, CliText.For(args));

    internal static RootCommand Create(TextWriter output, TextWriter errors, CliText text)
    {
        var root = new RootCommand(text.T("description"));
        root.Add(InitCommand.Create(output, errors, text));
        root.Add(BuildCommand.Create(output, errors, text));
        root.Add(ValidateCommand.Create(output, errors, text));
        root.Add(CheckCommand.Create(output, errors, text));
        root.Add(NewCommand.Create(output, errors, text));
        root.Add(ImportCommand.Create(output, errors, text));
        root.Add(ServeCommand.Create(output, errors, text));
        return root;
    }

    /// <summary>
    /// Runs a command line as the <c>portal</c> executable does. An exception that escapes a verb (outside the
    /// pipeline's stages, which report their own) is one line and exit 1, not System.CommandLine's stack trace;
    /// the trace is printed under <c>--verbose</c>.
    /// </summary>
    public static int Run(string[] args, TextWriter output, TextWriter errors) => Run(Create(output, errors, args), args, output, errors);

    internal static int Run(RootCommand root, string[] args, TextWriter output, TextWriter errors)
    {
        try
        {
            return root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = errors, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex)
        {
            errors.WriteLine($"error: portal failed unexpectedly: {ex.Message} (an unexpected error in Portal; run with --verbose for the details)");
            if (args.Contains("--verbose"))
            {
                errors.WriteLine(ex.ToString());
            }

            return 1;
        }
    }
}
