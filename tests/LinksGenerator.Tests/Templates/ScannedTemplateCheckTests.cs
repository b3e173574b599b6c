using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using LinksGenerator.Catalog;
using LinksGenerator.Templates;
using LinksGenerator.Tests.Infrastructure;

namespace LinksGenerator.Tests.Templates;

/// <summary>
/// A template the build scanned is judged by its fields alone, through the index: its findings must be the very ones the
/// analyzer finds reading the template, for any text.
/// </summary>
public class ScannedTemplateCheckTests
{
    private static readonly KnownLinks Links = new(LinkCatalogReader.Read(SnapshotJson.Of(
        [TestLink.Plain(KnownSnapshot.FirstTagId, "first tag")],
        deleted: [TestLink.Plain("zz9LastByIdLink00001", "Zebra offer")])));

    private static readonly string[] Pieces =
    [
        "{{trigger_link." + KnownSnapshot.FirstTagId + "}}", "{{ trigger_link.zz9LastByIdLink00001 }}", "{{trigger_link.unknownId}}",
        "{trigger_link.x}", "{{trigger_link.x}", "%7B%7Btrigger_link.x%7D%7D", "&#123;&#123;trigger_link.x&#125;&#125;", "{{\u00a0trigger_link.x}}",
        "{{trigger_link.}}", "{{trigger_link.a/b}}", "trigger_link", "{{", "}}", "{", "}", " ", "\t", "\n", "\r\n", "\r", "\u2028", "\u0085",
        "<p>", "caf\u00e9", "\U0001F600", "\u200b", "%20", "x", "_", ".",
    ];

    [Fact]
    public void Findings_from_the_index_are_the_findings_from_the_text()
    {
        var random = new Random(20261130);
        for (int round = 0; round < 3000; round++)
        {
            var text = new StringBuilder();
            for (int piece = random.Next(0, 24); piece > 0; piece--)
            {
                text.Append(Pieces[random.Next(Pieces.Length)]);
            }

            AssertSameFindings(text.ToString(), Links);
            AssertSameFindings(text.ToString(), links: null);
        }
    }

    [Fact]
    public void A_large_template_is_judged_the_same()
    {
        string text = string.Concat(Enumerable.Range(0, 20_000).Select(i => i % 7 == 0 ? "{{trigger_link.gone" + i + "}}\r\n" : "<p>paragraph " + i + "</p>\n"));

        AssertSameFindings(text, Links);
    }

    private static void AssertSameFindings(string text, KnownLinks? links)
    {
        const string Path = "/p/t.html";
        string index = TemplateFieldIndex.Write([new KeyValuePair<string, IReadOnlyList<ScannedField>>(Path, TemplateScan.Fields(text))]);
        ScannedField[] scanned = TemplateFieldIndex.Read(index)![Path];

        Assert.Equal(Describe(TemplateChecker.Check(text, links)), Describe(TemplateChecker.Check(scanned, links)));
    }

    private static IEnumerable<string> Describe(List<TemplateFinding> findings) =>
        findings.Select(f => $"{f.RuleId} {f.Start}+{f.Length} {f.From}-{f.To} {f.Message}");
}
