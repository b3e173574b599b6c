using System;
using System.Linq;
using System.Globalization;
using LinksGenerator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace LinksGenerator.Tests.Generator;

/// <summary>
/// A project with no namespace of its own whose root namespace is the name of a type its code uses (docs/rules/LNK007.md):
/// the generated namespace would hide the type, so LNK007 and nothing generated, rather than errors in the project's
/// own code that never mention the package.
/// </summary>
public class HiddenTopLevelTypeTests
{
    [Fact]
    public void A_type_of_the_global_namespace_named_like_the_namespace_is_LNK007_at_its_declaration()
    {
        const string Program = "static class Program { static void Main() => System.Console.WriteLine(new Reminder(\"Ann\")); }\nrecord Reminder(string Name);";

        GeneratorRun run = GeneratorHarness.Run(KnownSnapshot.Json, "Reminder", sources: [Program]);

        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("LNK007", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(
            "TriggerLinks would be generated in the namespace 'Reminder', which the project does not declare, and that namespace would hide the type 'Reminder' wherever " +
            "the project's code names it 'Reminder' at the top level, so nothing is generated: set <TriggerLinksNamespace> in the project file to a namespace of another first name, such as ReminderLinks",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal(new Microsoft.CodeAnalysis.Text.LinePosition(1, 7), diagnostic.Location.GetLineSpan().StartLinePosition);
        Assert.Null(run.GeneratedSource);
    }

    [Theory]
    [InlineData("Console")]
    [InlineData("Console.Links")]
    public void A_type_a_global_using_brings_in_is_LNK007_where_the_code_first_names_it(string @namespace)
    {
        const string Program = "Console.WriteLine(\"Hello\");"; // top-level statements, as 'dotnet new console' writes them

        GeneratorRun run = GeneratorHarness.Run(KnownSnapshot.Json, @namespace, sources: ["global using System;", Program]);

        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("LNK007", diagnostic.Id);
        Assert.StartsWith($"TriggerLinks would be generated in the namespace '{@namespace}', which the project does not declare, and that namespace would hide the type 'System.Console'", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(Program.IndexOf("Console", StringComparison.Ordinal), diagnostic.Location.SourceSpan.Start);
        Assert.Same(run.OutputCompilation.SyntaxTrees.ElementAt(1), diagnostic.Location.SourceTree); // where .editorconfig and #pragma reach it
        Assert.Null(run.GeneratedSource);
    }

    [Theory]
    [InlineData("static class U { public static void M() { Console.WriteLine(1); } }")] // a type of the global namespace
    [InlineData("static class U { static string M() => nameof(Console) + nameof(Console.WindowWidth); }")] // nameof a member still needs the type
    [InlineData("class P { static void Main() { } }\nnamespace App { }\nstatic class U { static int M() => Console.WindowWidth; }")] // beside a namespace
    [InlineData("static class U { static object Console => 1; static void N() => Console.ToString(); }\nstatic class V { static void M() => Console.WriteLine(1); }")] // taken by a member in one class, not in the next
    public void A_type_a_using_brings_in_is_LNK007_where_code_of_the_global_namespace_names_it(string source)
    {
        GeneratorRun run = GeneratorHarness.Run(KnownSnapshot.Json, "Console", sources: ["global using System;", source]);

        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("LNK007", diagnostic.Id);
        Assert.StartsWith("TriggerLinks would be generated in the namespace 'Console', which the project does not declare, and that namespace would hide the type 'System.Console'", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(source.IndexOf("Console.W", StringComparison.Ordinal), diagnostic.Location.SourceSpan.Start);
        Assert.Null(run.GeneratedSource);

        // What generating the class would have caused: an error in the project's own file that never names the package.
        var generated = TestCompilation.Create(["global using System;", source, KnownSnapshot.TriggerLinksSource("Console")], Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest);
        Assert.Contains(generated.GetDiagnostics(), d => d.Id == "CS0234");
    }

    [Theory]
    [InlineData("ObsoleteAttribute", "[Obsolete] class Legacy { }", "[Obsolete", "CS0616")] // the compiler looks [Obsolete] up as ObsoleteAttribute too
    [InlineData("ObsoleteAttribute", "[assembly: Obsolete]\nnamespace App { }", "Obsolete]", "CS0616")] // an assembly's attribute is outside any namespace
    [InlineData("Exception", "/// <summary>Fails as <see cref=\"Exception.Message\"/> says.</summary>\npublic class Failure { }", "Exception.Message", "CS1574")] // a cref, bound where documentation is generated
    public void An_attributes_short_name_or_a_cref_outside_any_namespace_is_LNK007_where_it_names_the_type(string @namespace, string source, string at, string broken)
    {
        GeneratorRun run = GeneratorHarness.Run(KnownSnapshot.Json, @namespace, sources: ["global using System;", source]);

        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("LNK007", diagnostic.Id);
        Assert.StartsWith($"TriggerLinks would be generated in the namespace '{@namespace}', which the project does not declare, and that namespace would hide the type 'System.{@namespace}'", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(source.IndexOf(at, StringComparison.Ordinal) + (at[0] == '[' ? 1 : 0), diagnostic.Location.SourceSpan.Start);
        Assert.Null(run.GeneratedSource);

        var generated = TestCompilation.Create(["global using System;", source, KnownSnapshot.TriggerLinksSource(@namespace)], Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest);
        Assert.Contains(generated.GetDiagnostics(), d => d.Id == broken);
    }

    [Theory]
    [InlineData("using Reminder = System.Text.StringBuilder;\nvar r = new Reminder(\"x\");\nSystem.Console.WriteLine(r);", "System.Text.StringBuilder")]
    [InlineData("global using Reminder = global::System.Text.StringBuilder;", "System.Text.StringBuilder", "namespace App { static class Use { static object Make() => new Reminder(); } }")] // used in another file
    [InlineData("using Reminder = System.Text;\nnamespace App { static class Program { static object Make() => new Reminder.StringBuilder(); } }", "System.Text")] // a namespace alias, in a namespaced file
    public void An_alias_a_file_declares_outside_any_namespace_named_like_the_namespace_is_LNK007_at_the_alias(string source, string target, string other = "")
    {
        GeneratorRun run = GeneratorHarness.Run(KnownSnapshot.Json, "Reminder", sources: [source, other]);

        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("LNK007", diagnostic.Id);
        Assert.StartsWith($"TriggerLinks would be generated in the namespace 'Reminder', which the project does not declare, and that namespace would hide the type '{target}' wherever the project's code names it 'Reminder'", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(source.IndexOf("Reminder", StringComparison.Ordinal), diagnostic.Location.SourceSpan.Start);
        Assert.Null(run.GeneratedSource);
        Assert.DoesNotContain(run.CompilationErrors, d => d.Id == "CS0576");

        // What generating the class would have caused: an error in the project's own file that never names the package.
        var generated = TestCompilation.Create([source, other, KnownSnapshot.TriggerLinksSource("Reminder")], Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest);
        Assert.Contains(generated.GetDiagnostics(), d => d.Id == "CS0576");
    }

    [Theory]
    [InlineData("namespace App { using Reminder = System.Text.StringBuilder; static class Program { static object Make() => new Reminder(); } }")] // inside a namespace
    [InlineData("global using Reminder = System.Text.StringBuilder;\nnamespace App { static class Program { static object Make() => new { Reminder = 1 }; } }")] // never named
    public void An_alias_inside_a_namespace_or_never_named_does_not_meet_the_generated_namespace(string source)
    {
        GeneratorRun run = GeneratorHarness.Run(KnownSnapshot.Json, "Reminder", sources: [source]);

        Assert.Empty(run.Diagnostics);
        Assert.NotNull(run.GeneratedSource);
        Assert.Empty(run.CompilationErrors);
    }

    [Theory]
    [InlineData("Reminder", "namespace Reminder { record Reminder(string Name); }")] // the project's own namespace: nothing changes
    [InlineData("Task", "global using System.Threading.Tasks;\nSystem.Console.WriteLine(1);")] // brought in, never named
    [InlineData("Console", "System.Console.WriteLine(1);")] // named only after a dot
    [InlineData("Console", "global using System;\nnamespace App { static class Program { static void Main() => Console.WriteLine(1); } }")] // code in namespaces is not looked through
    [InlineData("Consumer", "static class Program { static void Main() { } }")]
    [InlineData("Console", "global using System;\nstatic class U { static object Console => 1; static void M() => Console.ToString(); }")] // a member of the name comes first
    [InlineData("Console", "global using System;\nstatic class U { static void M() { var Console = 1; Console.ToString(); } }")] // so does a local
    [InlineData("Console", "global using System;\nvar Console = 2;\nConsole.ToString();")] // in top-level statements too
    [InlineData("Console", "global using System;\nclass B { protected class Console { public static void W() { } } }\nclass D : B { void M() => Console.W(); }")] // and an inherited nested type
    [InlineData("Random", "global using System;\nSystem.Console.WriteLine(nameof(Random));")] // nameof takes the namespace as it took the type, and says the same
    [InlineData("Exception", "global using System;\n/// <summary>Fails as <see cref=\"System.Exception\"/> does.</summary>\npublic class Failure { }")] // a cref's name after a dot
    public void A_name_the_namespace_does_not_take_from_the_code_leaves_the_class_generated(string @namespace, string source)
    {
        GeneratorRun run = GeneratorHarness.Run(KnownSnapshot.Json, @namespace, sources: [source]);

        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "LNK007");
        Assert.NotNull(run.GeneratedSource);
    }
}
