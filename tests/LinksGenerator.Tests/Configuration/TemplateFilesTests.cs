using System.Collections.Immutable;
using System.Linq;
using LinksGenerator.Configuration;
using LinksGenerator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LinksGenerator.Tests.Configuration;

public sealed class TemplateFilesTests
{
    private const string ListPath = "/p/obj/" + TemplateFiles.ListFileName;

    [Fact]
    public void The_list_names_templates_one_full_path_per_line_ending_in_lf_or_crlf()
    {
        string list = "\uFEFF/p/Templates/a.html\r\n\r\n/p/C#/b;c.txt\n/p/Templates/it's.md\n";

        TemplateFiles templates = Read(ListPath, [List(list), .. Files("/p/Templates/a.html", "/p/C#/b;c.txt", "/p/Templates/it's.md", "/p/Templates/other.html")]);

        Assert.Equal(3, templates.Count);
        Assert.True(templates.IsTemplate("/p/Templates/a.html", out _));
        Assert.True(templates.IsTemplate("/p/C#/b;c.txt", out _));
        Assert.True(templates.IsTemplate("/p/Templates/it's.md", out _));
        Assert.False(templates.IsTemplate("/p/Templates/other.html", out _));
    }

    [Fact]
    public void A_line_of_a_tab_a_location_and_a_tab_names_the_location_the_template_is_for()
    {
        // Each item that names a Location adds such a line; the path is the rest of it, a tab in a name included.
        string list = "/p/T/a.html\n/p/T/b.html\n\tDowntown\t/p/T/a.html\r\n\tUptown\t/p/T/a.html\n\tDowntown\t/p/T/a.html\n\tDowntown\t/p/T/c\td.html\n";

        TemplateFiles templates = Read(ListPath, [List(list), .. Files("/p/T/a.html", "/p/T/b.html", "/p/T/c\td.html")]);

        Assert.Equal(3, templates.Count);
        Assert.True(templates.IsTemplate("/p/T/a.html", out var a));
        Assert.Equal(["Downtown", "Uptown"], a);
        Assert.True(templates.IsTemplate("/p/T/b.html", out var b));
        Assert.Empty(b);
        Assert.True(templates.IsTemplate("/p/T/c\td.html", out var c));
        Assert.Equal(["Downtown"], c);
    }

    [Theory]
    [InlineData("\t\t/p/T/a.html\n")]
    [InlineData("\tDowntown\t\n")]
    [InlineData("\tDowntown\n")]
    [InlineData("\t\n")]
    public void A_location_line_without_a_name_or_a_path_names_nothing(string line)
    {
        TemplateFiles templates = Read(ListPath, [List("/p/T/a.html\n" + line), .. Files("/p/T/a.html")]);

        Assert.Equal(1, templates.Count);
        Assert.True(templates.IsTemplate("/p/T/a.html", out var locations));
        Assert.Empty(locations);
    }

    [Theory]
    [InlineData("/p/Templates/welcome.html ")]
    [InlineData("/p/Templates/welcome.html\t")]
    [InlineData("/p/Templates/welcome.html\u3000")]
    [InlineData("/p/Templates/ welcome.html")]
    [InlineData("/p/Templates/a\u2028b.html")]
    [InlineData("/p/Templates/a\u2029b.html")]
    [InlineData("/p/Templates/a\u0085b.html")]
    [InlineData("/p/Templates/a\rb.html")]
    public void A_name_with_white_space_or_a_unicode_line_separator_is_listed_as_it_is(string path)
    {
        // MSBuild's WriteLinesToFile writes each path as it is and then the system's line end: nothing trimmed or split.
        foreach (string lineEnd in new[] { "\n", "\r\n" })
        {
            TemplateFiles templates = Read(ListPath, [List(path + lineEnd + "/p/other.txt" + lineEnd), .. Files(path, "/p/other.txt", path.Trim())]);

            Assert.True(templates.IsTemplate(path, out _), $"'{path}' with {lineEnd.Length}-character line ends");
            Assert.True(templates.IsTemplate("/p/other.txt", out _));
            Assert.Equal(2, templates.Count);
        }
    }

    [Fact]
    public void A_template_the_compiler_names_with_dot_dot_segments_is_the_listed_one()
    {
        TemplateFiles templates = Read(ListPath, List("/common/Templates/a.html\n"), File("/p/../common/Templates/a.html"));

        Assert.True(templates.IsTemplate("/p/../common/Templates/a.html", out _));
    }

    [Fact]
    public void A_template_the_compiler_got_under_two_spellings_is_checked_once()
    {
        TemplateFiles templates = Read(ListPath, List("/p/Templates/a.txt\n"), File("/p/Templates/a.txt"), File("/p//Templates/a.txt"), File("/p/Templates/./a.txt"));

        Assert.Equal(1, templates.Count);
        Assert.True(templates.IsTemplate("/p/Templates/a.txt", out _));
        Assert.False(templates.IsTemplate("/p//Templates/a.txt", out _));
    }

    [Fact]
    public void A_compiled_cs_file_listed_as_a_template_is_left_to_the_csharp_check()
    {
        SyntaxTree program = CSharpSyntaxTree.ParseText("class P { }", path: "/p/Program.cs");
        var files = ImmutableArray.Create<AdditionalText>(List("/p/Program.cs\n/p/Other.cs\n"), File("/p/Program.cs"), File("/p/Other.cs"));

        TemplateFiles templates = TemplateFiles.Read(files, ListPath, [program], default);

        Assert.False(templates.IsTemplate("/p/Program.cs", out _));
        Assert.True(templates.IsTemplate("/p/Other.cs", out _)); // not compiled: a template like any other
    }

    [Theory]
    [InlineData("/p/Templates/" + TemplateFiles.ListFileName)]
    [InlineData("/p/Templates/linksgenerator.templates.txt")]
    [InlineData("/p/obj/Release/" + TemplateFiles.ListFileName)]
    public void A_file_of_the_lists_name_elsewhere_than_the_list_is_a_template_like_any_other(string path)
    {
        TemplateFiles templates = Read(ListPath, List(path + "\n"), new InMemoryAdditionalText(path, "/p/secret.txt\n"), File("/p/secret.txt"));

        Assert.True(templates.IsTemplate(path, out _));
        Assert.False(templates.IsTemplate("/p/secret.txt", out _)); // its lines name no templates
        Assert.False(templates.IsTemplate(ListPath, out _));
    }

    [Fact]
    public void The_list_is_found_by_its_path_however_the_compiler_spells_it()
    {
        TemplateFiles templates = Read("/p/obj/./" + TemplateFiles.ListFileName, List("/p/a.html\n"), File("/p/a.html"));

        Assert.True(templates.IsTemplate("/p/a.html", out _));
    }

    [Fact]
    public void Without_a_list_path_lists_are_found_by_name_in_any_folder_and_add_up()
    {
        TemplateFiles templates = Read(
            null,
            new InMemoryAdditionalText("/p/obj/Debug/" + TemplateFiles.ListFileName, "/p/a.html\n"),
            new InMemoryAdditionalText("/p/other/linksgenerator.templates.txt", "/p/b.html\n"),
            new InMemoryAdditionalText("/p/notes.txt", "/p/c.html\n"),
            File("/p/a.html"),
            File("/p/b.html"),
            File("/p/c.html"));

        Assert.True(templates.IsTemplate("/p/a.html", out _));
        Assert.True(templates.IsTemplate("/p/b.html", out _));
        Assert.False(templates.IsTemplate("/p/c.html", out _));
    }

    [Fact]
    public void Without_a_list_nothing_is_a_template_and_a_list_is_never_one()
    {
        Assert.Equal(0, Read(ListPath, File("/p/a.html")).Count);
        Assert.False(Read(ListPath, List(ListPath + "\n")).IsTemplate(ListPath, out _));
        Assert.False(Read(null, List(ListPath + "\n")).IsTemplate(ListPath, out _));
    }

    [Fact]
    public void A_list_the_compiler_could_not_read_is_no_list() =>
        Assert.Equal(0, Read(ListPath, new InMemoryAdditionalText(ListPath, null), File("/p/a.html")).Count);

    private static InMemoryAdditionalText List(string text) => new(ListPath, text);

    private static InMemoryAdditionalText File(string path) => new(path, "{{trigger_link.x}}");

    private static AdditionalText[] Files(params string[] paths) => paths.Distinct().Select(p => (AdditionalText)File(p)).ToArray();

    private static TemplateFiles Read(string? listPath, params AdditionalText[] files) => TemplateFiles.Read(ImmutableArray.Create(files), listPath, [], default);
}
