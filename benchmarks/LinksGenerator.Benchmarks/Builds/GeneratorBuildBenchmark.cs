using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using LinksGenerator.Catalog;
using LinksGenerator.Generator;
using LinksGenerator.Testing;

namespace LinksGenerator.Benchmarks.Builds;

/// <summary>
/// The generator against what a user would write instead: a consumer whose 10,000 constants come from the package and a
/// snapshot, against the same consumer with a minimal hand-written class (one <c>const</c> and a one-line summary per
/// link, no package). Two more sides price the generated class's extras on their own: the minimal class plus
/// <c>All</c>, and the generator's very text written by hand (XML docs with name, URL and id, and <c>All</c>); a last one
/// prices the package's precompiled analyzer, by loading the plain IL instead.
/// </summary>
public static class GeneratorBuildBenchmark
{
    public const int Links = 10_000;

    public static Task<ComparisonResult> Run(LocalPackageFeed feed, int runs, Action<string> log)
    {
        string snapshot = SyntheticSnapshot.Create(Links);
        LinkCatalog catalog = LinkCatalogReader.Read(snapshot);
        string workspace = feed.NewWorkspace("generator-vs-handwritten");
        const string ProgramSource = "public static class Program { public static void Main() => System.Console.WriteLine(Consumer.TriggerLinks.Campaign42LandingPage); }";

        string Side(string name, string? triggerLinksSource, bool package)
        {
            string directory = Path.Combine(workspace, name);
            string project = ConsumerFiles.WriteProject(directory, name, package ? feed.Version : null);
            File.WriteAllText(Path.Combine(directory, "Program.cs"), ProgramSource);
            if (package)
            {
                File.WriteAllText(Path.Combine(directory, "links.snapshot.json"), snapshot);
            }
            else
            {
                File.WriteAllText(Path.Combine(directory, "TriggerLinks.cs"), triggerLinksSource);
            }

            return project;
        }

        log($"Generator vs. hand-written constants, {Links:N0} links, {runs} builds each:");
        return AlternatingComparison.Run(
            [
                new BuildSide("minimal hand-written class (const + one-line summary per link)", Side("Minimal", Minimal(catalog, withAll: false), package: false), []),
                new BuildSide("minimal class + All", Side("MinimalAll", Minimal(catalog, withAll: true), package: false), []),
                new BuildSide("the generator's text, hand-written (full XML docs + All)", Side("GeneratedText", TriggerLinksSourceWriter.Write("Consumer", catalog), package: false), []),
                new BuildSide("LinksGenerator package", Side("Package", null, package: true), []),
                new BuildSide("LinksGenerator package, plain IL (TriggerLinksReadyToRun=false)", Side("PackagePlainIl", null, package: true), ["-p:TriggerLinksReadyToRun=false"]),
            ],
            runs,
            feed.Environment,
            log);
    }

    /// <summary>What a user would write by hand: one constant and a one-line summary per link, optionally the list of all.</summary>
    private static string Minimal(LinkCatalog catalog, bool withAll)
    {
        var source = new StringBuilder("namespace Consumer\n{\n    /// <summary>Trigger links.</summary>\n    public static class TriggerLinks\n    {\n");
        foreach (TriggerLink link in catalog.Links)
        {
            source.Append(CultureInfo.InvariantCulture, $"        /// <summary>{link.Name}</summary>\n        public const string {link.MemberName} = \"{link.FieldKey}\";\n");
        }

        if (withAll)
        {
            source.Append("        /// <summary>All.</summary>\n        public static System.Collections.Generic.IReadOnlyList<string> All { get; } = System.Array.AsReadOnly(new string[]\n        {\n");
            foreach (TriggerLink link in catalog.Links)
            {
                source.Append("            ").Append(link.MemberName).Append(",\n");
            }

            source.Append("        });\n");
        }

        return source.Append("    }\n}\n").ToString();
    }
}
