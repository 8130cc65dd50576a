using DocumentFormat.OpenXml.Packaging;

namespace Portal.Build.Import;

/// <summary>Opening a Word or Excel file for import: a damaged or encrypted one is one plain line, not a stack trace.</summary>
internal static class OpenXmlFiles
{
    public static T Open<T>(string path, Func<string, bool, T> open)
    {
        try
        {
            return open(path, false);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or IOException or FileFormatException or ArgumentException)
        {
            throw new ImportException($"{Path.GetFileName(path)} 无法读取，文件可能已损坏或已加密：{ex.Message}");
        }
    }
}
