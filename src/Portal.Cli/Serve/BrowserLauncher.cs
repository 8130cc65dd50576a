using System.Diagnostics;

namespace Portal.Cli.Serve;

/// <summary><c>portal serve --open</c>: opens the served site in the webmaster's default browser.</summary>
internal static class BrowserLauncher
{
    /// <summary>Opens <paramref name="address"/>; false when no browser could be started (the address is printed anyway).</summary>
    public static bool Open(Uri address)
    {
        // Windows and macOS open a URL through the shell; Linux desktops through xdg-open.
        var start = OperatingSystem.IsLinux()
            ? new ProcessStartInfo("xdg-open", address.AbsoluteUri)
            : OperatingSystem.IsMacOS() ? new ProcessStartInfo("open", address.AbsoluteUri) : new ProcessStartInfo(address.AbsoluteUri) { UseShellExecute = true };
        start.RedirectStandardError = OperatingSystem.IsLinux();
        try
        {
            using var process = Process.Start(start);
            return process is not null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
