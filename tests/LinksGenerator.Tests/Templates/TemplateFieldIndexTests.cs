using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using LinksGenerator.Templates;

namespace LinksGenerator.Tests.Templates;

/// <summary>The index of scanned fields a build hands the compiler (docs/templates.md): written plain, read strictly.</summary>
public class TemplateFieldIndexTests
{
    private const string Path = "/project/Templates/welcome.html";

    private static string Index(params (string Path, string Text)[] templates) =>
        TemplateFieldIndex.Write(templates.Select(t => new KeyValuePair<string, IReadOnlyList<ScannedField>>(t.Path, TemplateScan.Fields(t.Text))));

    [Fact]
    public void Hostile_paths_ids_and_field_texts_come_back_as_they_went_in()
    {
        string path = "/p/C#/a;b\t\\c\nd\u2028e\U0001F600\uD800f.html";
        string text = "x {{trigger_link.a\\b}} {{\ttrigger_link.id}} {trigger_link.\u00e9t\u00e9} %7B%7Btrigger_link.\U0001F600%7D%7D\r\n{{trigger_link.ok}}";

        Dictionary<string, ScannedField[]> read = TemplateFieldIndex.Read(Index((path, text)))!;

        Assert.Equal([path], read.Keys);
        Assert.Equal(TemplateScan.Fields(text), read[path]);
        Assert.Contains(read[path], f => !f.IsWellFormed);
    }

    [Fact]
    public void The_written_index_is_printable_ASCII_in_lines_and_tab_separated_columns()
    {
        string written = Index(("/p/\u00e9\t\n.html", "{{trigger_link.\u2028}} {trigger_link.x}\r\n\u0085 {{trigger_link.y}}"));

        Assert.All(written, c => Assert.True(c is '\n' or '\t' or (>= ' ' and <= '~'), $"U+{(int)c:X4} in the index"));
    }

    [Fact]
    public void Templates_without_fields_are_listed_with_none()
    {
        Dictionary<string, ScannedField[]> read = TemplateFieldIndex.Read(Index((Path, "<p>Hello</p>"), ("/p/b.txt", "")))!;

        Assert.Empty(read[Path]);
        Assert.Empty(read["/p/b.txt"]);
    }

    [Theory]
    [InlineData("")] // empty
    [InlineData("LinksGenerator template fields 2\nE\t0\n")] // another version
    [InlineData("LinksGenerator template fields 1\n")] // no end: cut short
    [InlineData("LinksGenerator template fields 1\nE\t0")] // the end record's line break missing
    [InlineData("LinksGenerator template fields 1\nE\t1\n")] // count does not match
    [InlineData("LinksGenerator template fields 1\nE\t0\nT\t/p/a\n")] // something after the end
    [InlineData("LinksGenerator template fields 1\nF\t0\t5\t0\t0\t0\t5\tid\nE\t0\n")] // a field before any template
    [InlineData("LinksGenerator template fields 1\nT\t/p/a\nT\t/p/a\nE\t2\n")] // the same template twice
    [InlineData("LinksGenerator template fields 1\nT\t\nE\t1\n")] // no path
    [InlineData("LinksGenerator template fields 1\nT\t/p/a\nF\t-1\t5\t0\t0\t0\t5\tid\nE\t1\n")] // negative
    [InlineData("LinksGenerator template fields 1\nT\t/p/a\nF\t01\t5\t0\t1\t0\t6\tid\nE\t1\n")] // leading zero
    [InlineData("LinksGenerator template fields 1\nT\t/p/a\nF\t2147483647\t5\t0\t0\t0\t5\tid\nE\t1\n")] // ends past int.MaxValue
    [InlineData("LinksGenerator template fields 1\nT\t/p/a\nF\t0\t5\t0\t5\t0\t5\tid\nE\t1\n")] // ends where it starts
    [InlineData("LinksGenerator template fields 1\nT\t/p/a\nF\t0\t5\t0\t0\t0\t5\t\nE\t1\n")] // no id
    [InlineData("LinksGenerator template fields 1\nT\t/p/a\nF\t0\t5\t0\t0\t0\t5\tid\textra\nE\t1\n")] // a column too many
    [InlineData("LinksGenerator template fields 1\nT\t/p/a\nF\t0\t5\t0\t0\t0\tid\nE\t1\n")] // a column too few
    [InlineData("LinksGenerator template fields 1\nT\t/p/a\nM\t0\t5\t0\t0\t0\t5\tproblem\tabc\nE\t1\n")] // text shorter than the field
    [InlineData("LinksGenerator template fields 1\nT\t/p/a\nM\t0\t3\t0\t0\t0\t3\t\tabc\nE\t1\n")] // no problem
    [InlineData("LinksGenerator template fields 1\nT\t/p/\\q\nE\t1\n")] // an escape that is not one
    [InlineData("LinksGenerator template fields 1\nT\t/p/\\u12\nE\t1\n")] // a short \u
    [InlineData("LinksGenerator template fields 1\nT\t/p/\\u12g4\nE\t1\n")] // not hexadecimal
    [InlineData("LinksGenerator template fields 1\nT\t/p/a\\\nE\t1\n")] // a backslash at the end
    [InlineData("LinksGenerator template fields 1\nT\t/p/\u00e9\nE\t1\n")] // a raw character outside ASCII
    [InlineData("LinksGenerator template fields 1\nT\t/p/a\r\nE\t1\n")] // a raw carriage return
    [InlineData("LinksGenerator template fields 1\nX\t/p/a\nE\t0\n")] // an unknown record
    public void Anything_but_an_index_as_written_is_no_index(string text) => Assert.Null(TemplateFieldIndex.Read(text));

    [Fact]
    public void An_index_with_no_templates_is_one() => Assert.Empty(TemplateFieldIndex.Read(Index())!);

    [Fact]
    public void Mutated_indexes_never_throw_and_what_they_give_is_consistent()
    {
        string valid = Index((Path, "a {{trigger_link.x1}} b\n{trigger_link.y}\r\n%7B%7Btrigger_link.z%7D%7D"), ("/p/\u00e9.txt", "{{ trigger_link.w }}"));
        var random = new Random(20261130);
        const string Alphabet = "\t\n\\uT FME0123456789-abcdef\u00e9";
        for (int round = 0; round < 5000; round++)
        {
            var text = new StringBuilder(valid);
            for (int edit = random.Next(1, 4); edit > 0; edit--)
            {
                int at = random.Next(text.Length);
                switch (random.Next(3))
                {
                    case 0: text.Remove(at, 1); break;
                    case 1: text.Insert(at, Alphabet[random.Next(Alphabet.Length)]); break;
                    default: text[at] = Alphabet[random.Next(Alphabet.Length)]; break;
                }
            }

            Dictionary<string, ScannedField[]>? read = TemplateFieldIndex.Read(text.ToString());
            foreach (ScannedField field in read?.Values.SelectMany(f => f) ?? [])
            {
                Assert.True(field.Start >= 0 && field.Length > 0 && field.Start + field.Length > field.Start);
                Assert.True(field.To.Line > field.From.Line || (field.To.Line == field.From.Line && field.To.Character > field.From.Character));
                Assert.True(field.IsWellFormed ? field.Id!.Length > 0 : field.Problem!.Length > 0 && field.Text!.Length == field.Length);
            }
        }
    }
}
