using System.Globalization;
using System.Text;
using Connectors.Emulators.Exstream;

namespace Connectors.OpenText.Exstream.Tests;

public sealed class MinimalPdfTests
{
    [Fact]
    public void The_emulator_pdf_has_a_correct_cross_reference_table()
    {
        var pdf = Encoding.ASCII.GetString(MinimalPdf.Render(["Dear (Ada) Lovelace,", "Über"]));

        var startxref = int.Parse(pdf[(pdf.LastIndexOf("startxref\n", StringComparison.Ordinal) + 10)..].Split('\n')[0], CultureInfo.InvariantCulture);
        Assert.StartsWith("xref\n0 6\n", pdf[startxref..], StringComparison.Ordinal);
        var entries = pdf[startxref..].Split('\n').Skip(3).Take(5).ToList();
        for (var i = 0; i < entries.Count; i++)
        {
            var offset = int.Parse(entries[i][..10], CultureInfo.InvariantCulture);
            Assert.StartsWith($"{i + 1} 0 obj", pdf[offset..], StringComparison.Ordinal);
        }

        Assert.Contains("(Dear \\(Ada\\) Lovelace,) Tj", pdf, StringComparison.Ordinal);
        Assert.Contains("(?ber) Tj", pdf, StringComparison.Ordinal);
    }
}
