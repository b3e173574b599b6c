using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using LinksGenerator.Catalog;
using LinksGenerator.Rules;
using LinksGenerator.Tests.Infrastructure;

namespace LinksGenerator.Tests.Generator;

/// <summary>docs/generated-code.md, "Member names": how link names become member names, and what happens when they collide.</summary>
public class MemberNamingTests
{
    public static TheoryData<string?, string, bool> SingleNames => new()
    {
        // name, expected member ("{id}" stands for the id), whether LNK102 reports a change
        { "first tag", "FirstTag", false },
        { "Summer Sale 2024", "SummerSale2024", false },
        { "myLink", "MyLink", false },
        { "hello-world_again", "HelloWorldAgain", false },
        { "  padded  ", "Padded", false },
        { "class", "Class", false },
        { "int", "Int", false },
        { "café menü", "CaféMenü", false },
        { "日本語 リンク", "日本語リンク", false },
        { "ΑΒΓ test", "ΑΒΓTest", false },
        { "🎉 party 🎉", "Party", false },
        { "zero\u200Bwidth", "ZeroWidth", false },
        { "Step 2\uFE0F\u20E3", "Step2", false }, // a keycap emoji's variation selector is invisible, and left out
        { "1\uFE0F\u20E3 Book now", "_1BookNow", true }, // so this is the member "1 Book now" would have
        { "Bo\u034Fok\u180B", "Book", false }, // and so are the combining grapheme joiner and Mongolian's variation selectors
        { "\u115FBook", "Book", false }, // a Hangul filler shows as a blank: read as one
        { "Book\u3164now", "BookNow", false },
        { "\u3164", "Link_{id}", true },
        { "e\u0301clair", "Éclair", false }, // an accent typed after its letter is composed with it (NFKC)
        { "q\u0307 marks", "Q\u0307Marks", false }, // and one no precomposed letter carries stays with its letter
        { "\U0001D401\U0001D428\U0001D428\U0001D424 now", "BookNow", false }, // styled letters are the letters they style (NFKC)
        { "\uFF22\uFF2F\uFF2F\uFF2B \uFB01ve", "BOOKFive", false }, // and so are full-width letters and ligatures
        { "x \U00010400 y", "XY", true }, // a letter C# cannot hold (from U+10000 on) is left out, and reported
        { "\U00010400\U00010401", "Link_{id}", true }, // and a name of only such letters has none left
        { "बुक करें", "बुककरें", false }, // and so do the vowel signs of Indic scripts
        { "\u0301stray accent", "StrayAccent", false }, // no identifier starts with one
        { "a \u0301b", "AB", false }, // and one after a space belongs to no letter
        { "2024 sale", "_2024Sale", true },
        { "١٢٣ arabic digits", "_١٢٣ArabicDigits", true },
        { "", "Link_{id}", true },
        { "   ", "Link_{id}", true },
        { null, "Link_{id}", true },
        { "@#$%", "Link_{id}", true },
        { "🎉🎉", "Link_{id}", true },
        { "Trigger Links", "TriggerLinks_{id}", true },
        { "all", "All_{id}", true },
        { "location id", "LocationId_{id}", true },
        { "to string", "ToString_{id}", true },
        { "equals", "Equals_{id}", true },
        { "get type", "GetType_{id}", true },
    };

    [Theory]
    [MemberData(nameof(SingleNames))]
    public void A_link_name_becomes_a_member_name(string? name, string expected, bool reported)
    {
        const string Id = "n4Ariw-EnFrGh3tu08W0U";
        LinkCatalog catalog = LinkCatalogReader.Read(SnapshotJson.Of((Id, name)));

        Assert.Equal(expected.Replace("{id}", "n4Ariw_EnFrGh3tu08W0U"), Assert.Single(catalog.Links).MemberName);
        Assert.Equal(reported, catalog.Issues.Any(i => i.DiagnosticId == TriggerLinkRules.MemberRenamed.Id));
    }

    [Fact]
    public void The_identifier_check_agrees_with_Roslyn_for_every_character()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            foreach (string name in new[] { ((char)c).ToString(), "A" + (char)c, "_" + (char)c + "b" })
            {
                bool roslyn = Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(name)
                    && Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(name) == Microsoft.CodeAnalysis.CSharp.SyntaxKind.None;
                Assert.True(roslyn == MemberNamer.IsValidIdentifier(name), $"U+{c:X4} in \"{name}\": Roslyn says {roslyn}");
            }
        }
    }

    [Fact]
    public void A_name_too_long_for_an_identifier_is_cut()
    {
        LinkCatalog catalog = LinkCatalogReader.Read(SnapshotJson.Of(("x", new string('a', 600))));

        Assert.Equal("A" + new string('a', MemberNamer.MaxBaseNameLength - 1), Assert.Single(catalog.Links).MemberName);
        Assert.Contains(catalog.Issues, i => i.DiagnosticId == TriggerLinkRules.MemberRenamed.Id);
    }

    [Fact]
    public void Links_with_the_same_name_all_get_their_id_appended()
    {
        var names = Names(("b2", "first tag"), ("a1", "First-Tag"), ("c3", "unique"));

        Assert.Equal("FirstTag_a1", names["a1"]);
        Assert.Equal("FirstTag_b2", names["b2"]);
        Assert.Equal("Unique", names["c3"]);
    }

    [Fact]
    public void Names_spelled_composed_and_decomposed_are_one_name()
    {
        // "Résumé" with precomposed é and with e + U+0301: two spellings the eye cannot tell apart, one member name.
        var names = Names(("a1", "R\u00E9sum\u00E9"), ("b2", "Re\u0301sume\u0301"), ("c3", "Re\u0301sume\u0301 PDF"));

        Assert.Equal("Résumé_a1", names["a1"]);
        Assert.Equal("Résumé_b2", names["b2"]);
        Assert.Equal("RésuméPDF", names["c3"]);
        Assert.Equal("R\u00E9sum\u00E9PDF", names["c3"]);
    }

    [Fact]
    public void Names_that_upper_casing_makes_look_the_same_are_one_name()
    {
        // i + U+0307 has no precomposed small letter; upper-cased, I + U+0307 is the İ (U+0130) of the other name.
        var names = Names(("a8", "i\u0307 dotted"), ("a9", "\u0130 dotted"));

        Assert.Equal("\u0130Dotted_a8", names["a8"]);
        Assert.Equal("\u0130Dotted_a9", names["a9"]);
    }

    [Fact]
    public void A_name_with_a_lone_surrogate_keeps_its_spelling()
    {
        // Snapshots refuse lone surrogates (LNK100), but the namer must not throw on what it is given: such a name has no
        // normal form, and the surrogate separates runs like any other non-letter.
        Assert.Equal("CaféMenu", MemberNamer.BaseName("a1", "caf\u00E9\uD800menu").Value);
        Assert.Equal("\u00C9X", MemberNamer.BaseName("b2", "e\u0301\uDC00x").Value); // what is left of it is composed
    }

    [Fact]
    public void Ids_that_look_alike_once_made_identifiers_are_numbered_in_id_order()
    {
        // '-' (0x2D) sorts before '_' (0x5F), so a-b keeps the plain suffixed name.
        var names = Names(("a_b", "x"), ("a-b", "x"), ("c-d", null), ("c_d", null));

        Assert.Equal("X_a_b", names["a-b"]);
        Assert.Equal("X_a_b_2", names["a_b"]);
        Assert.Equal("Link_c_d_c_d", names["c-d"]);
        Assert.Equal("Link_c_d_c_d_2", names["c_d"]);
    }

    [Fact]
    public void Names_never_depend_on_the_order_of_links()
    {
        var links = new (string Id, string? Name)[] { ("a", "same"), ("b", "same"), ("c", "all"), ("d", null), ("e-1", "z"), ("e_1", "z"), ("f", "2x") };
        var expected = Names(links);
        var random = new Random(1234);

        for (int round = 0; round < 50; round++)
        {
            var shuffled = links.OrderBy(_ => random.Next()).ToArray();
            Assert.Equal(expected, Names(shuffled));
        }
    }

    [Fact]
    public void Many_equal_names_stay_distinct()
    {
        var links = Enumerable.Range(0, 2_000).Select(i => ($"id{i}", (string?)"same")).ToArray();

        var names = Names(links);

        Assert.Equal(links.Length, names.Values.Distinct().Count());
    }

    [Fact]
    public void Every_name_in_the_table_compiles_and_holds_its_field_key()
    {
        var links = SingleNames.Cast<object?[]>().Select((row, i) => new TestLink($"id{i}", (string?)row[0], null, $"{{{{trigger_link.id{i}}}}}")).ToList();
        GeneratorRun run = GeneratorHarness.Run(SnapshotJson.Of(links));

        Assembly assembly = TestCompilation.EmitAndLoad(run.OutputCompilation);
        var constants = assembly.GetType("Consumer.TriggerLinks")!
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.Name != "LocationId")
            .ToDictionary(f => f.Name, f => (string)f.GetRawConstantValue()!);

        Assert.Equal(links.Select(l => l.FieldKey).OrderBy(x => x, StringComparer.Ordinal), constants.Values.OrderBy(x => x, StringComparer.Ordinal));
    }

    private static Dictionary<string, string> Names(params (string Id, string? Name)[] links) =>
        LinkCatalogReader.Read(SnapshotJson.Of(links)).Links.ToDictionary(l => l.Id, l => l.MemberName);
}
