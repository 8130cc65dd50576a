using Portal.Cli;

return PortalCommandLine.Create(Console.Out, Console.Error).Parse(args).Invoke();
