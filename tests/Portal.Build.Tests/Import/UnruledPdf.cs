using UglyToad.PdfPig;
using UglyToad.PdfPig.Graphics.Operations.PathPainting;
using UglyToad.PdfPig.Writer;

namespace Portal.Build.Tests.Import;

/// <summary>A PDF as it would be printed without ruled lines: what the unruled-table tests and the import benchmark read.</summary>
internal static class UnruledPdf
{
    /// <summary>
    /// The PDF with each page's drawing operations kept but every path left unpainted (S, f, B… become n): the same
    /// letters in the same places, no ruled line or rectangle. The pages keep their resources (fonts), so the text reads alike.
    /// </summary>
    public static byte[] From(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var builder = new PdfDocumentBuilder();
        for (var number = 1; number <= document.NumberOfPages; number++)
        {
            var page = document.GetPage(number);
            var copy = builder.AddPage(document, number);
            // The copied content cannot be edited; it is replaced by the page's own operations, painting none of its paths.
            var streams = (System.Collections.IList)copy.ContentStreams;
            for (var i = streams.Count - 1; i >= 0; i--)
            {
                if (streams[i]!.GetType().Name == "CopiedContentStream")
                {
                    streams.RemoveAt(i);
                }
            }

            if (streams.Count == 0)
            {
                copy.NewContentStreamAfter();
            }

            foreach (var operation in page.Operations)
            {
                copy.CurrentStream.Operations.Add(operation.Operator is "S" or "s" or "f" or "F" or "f*" or "B" or "B*" or "b" or "b*" ? EndPath.Value : operation);
            }
        }

        return builder.Build();
    }
}
