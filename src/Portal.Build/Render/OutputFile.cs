namespace Portal.Build.Render;

/// <summary>One file of the built site: its site-relative path and its bytes.</summary>
public sealed record OutputFile(string Path, byte[] Content, bool IsPage);
