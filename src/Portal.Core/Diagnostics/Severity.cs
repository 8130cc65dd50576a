namespace Portal.Core.Diagnostics;

public enum Severity
{
    Error,
    Warning,
}
