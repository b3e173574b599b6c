using System.Collections.Immutable;
using LinksGenerator.Configuration;
using LinksGenerator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace LinksGenerator.Tests.Configuration;

public sealed class TemplateFilesTests
{
    [Fact]
    public void The_list_names_templates_one_full_path_per_line_whatever_the_line_ends()
    {
        string list = "\uFEFF/p/Templates/a.html\r\n\r\n  /p/C#/b;c.txt  \r/p/Templates/it's.md\n";

        TemplateFiles templates = Read(new InMemoryAdditionalText("/p/obj/" + TemplateFiles.ListFileName, list));

        Assert.Equal(3, templates.Count);
        Assert.True(templates.IsTemplate("/p/Templates/a.html"));
        Assert.True(templates.IsTemplate("/p/C#/b;c.txt"));
        Assert.True(templates.IsTemplate("/p/Templates/it's.md"));
        Assert.False(templates.IsTemplate("/p/Templates/other.html"));
    }

    [Fact]
    public void A_template_the_compiler_names_with_dot_dot_segments_is_the_listed_one()
    {
        TemplateFiles templates = Read(new InMemoryAdditionalText("/p/obj/" + TemplateFiles.ListFileName, "/common/Templates/a.html\n"));

        Assert.True(templates.IsTemplate("/p/../common/Templates/a.html"));
    }

    [Fact]
    public void Lists_are_found_by_name_in_any_folder_and_add_up()
    {
        TemplateFiles templates = Read(
            new InMemoryAdditionalText("/p/obj/Debug/" + TemplateFiles.ListFileName, "/p/a.html\n"),
            new InMemoryAdditionalText("/p/other/linksgenerator.templates.txt", "/p/b.html\n"),
            new InMemoryAdditionalText("/p/notes.txt", "/p/c.html\n"));

        Assert.True(templates.IsTemplate("/p/a.html"));
        Assert.True(templates.IsTemplate("/p/b.html"));
        Assert.False(templates.IsTemplate("/p/c.html"));
    }

    [Fact]
    public void Without_a_list_nothing_is_a_template_and_a_list_is_never_one()
    {
        Assert.Equal(0, Read(new InMemoryAdditionalText("/p/a.html", "{{trigger_link.x}}")).Count);

        string listPath = "/p/obj/" + TemplateFiles.ListFileName;
        Assert.False(Read(new InMemoryAdditionalText(listPath, listPath + "\n")).IsTemplate(listPath));
    }

    [Fact]
    public void A_list_the_compiler_could_not_read_is_no_list() =>
        Assert.Equal(0, Read(new InMemoryAdditionalText("/p/obj/" + TemplateFiles.ListFileName, null)).Count);

    private static TemplateFiles Read(params AdditionalText[] files) => TemplateFiles.Read(ImmutableArray.Create(files), default);
}
