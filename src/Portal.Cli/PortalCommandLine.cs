using System.CommandLine;
using Portal.Cli.Commands;

namespace Portal.Cli;

/// <summary>The <c>portal</c> command and its verbs.</summary>
public static class PortalCommandLine
{
    public static RootCommand Create(TextWriter output, TextWriter errors)
    {
        var root = new RootCommand("Portal: builds a static transparency site from 部门决算 YAML and Razor themes.");
        root.Add(BuildCommand.Create(output, errors));
        root.Add(ValidateCommand.Create(output, errors));
        root.Add(CheckCommand.Create(output, errors));
        root.Add(NewCommand.Create(output, errors));
        root.Add(ServeCommand.Create(output, errors));
        return root;
    }

    /// <summary>
    /// Runs a command line as the <c>portal</c> executable does. An exception that escapes a verb (outside the
    /// pipeline's stages, which report their own) is one line and exit 1, not System.CommandLine's stack trace;
    /// the trace is printed under <c>--verbose</c>.
    /// </summary>
    public static int Run(string[] args, TextWriter output, TextWriter errors) => Run(Create(output, errors), args, output, errors);

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
