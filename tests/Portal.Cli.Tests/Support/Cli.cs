using Portal.Cli;

namespace Portal.Cli.Tests.Support;

/// <summary>Runs the portal command line in-process and captures what it prints.</summary>
public static class Cli
{
    public static (int Exit, string Output, string Errors) Run(params string[] args)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var exit = PortalCommandLine.Create(output, errors, args).Parse(args).Invoke(new System.CommandLine.InvocationConfiguration { Output = output, Error = errors });
        return (exit, output.ToString(), errors.ToString());
    }
}
