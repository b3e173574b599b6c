using System.Threading;
using System.Threading.Tasks;
using LinksGenerator.Catalog;
using LinksGenerator.CodeFixes;
using LinksGenerator.Generator;
using LinksGenerator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace LinksGenerator.Tests.CodeFixes;

/// <summary>CS0618 on a renamed link's alias: the fix writes the current member, one use or all of them.</summary>
public class RenamedLinkFixTests
{
    private const string Namespace = "Acme.Messaging";

    private static readonly string Generated = TriggerLinksSourceWriter.Write(
        Namespace,
        LinkCatalogReader.Read(SnapshotJson.Of(
            [TestLink.Plain("n4AriwEnFrGh3tu08W0U", "First tag (spring)", "first tag"), TestLink.Plain("b2", "Book now", "Book a call")],
            deleted: [TestLink.Plain("zz9", "Zebra offer")])));

    [Fact]
    public Task A_use_of_an_alias_is_rewritten_to_the_current_member() =>
        Verify(
            """
            namespace Acme.Messaging
            {
                static class Messages
                {
                    public static string Sms => "Book: " + {|CS0618:TriggerLinks.FirstTag|};
                }
            }
            """,
            """
            namespace Acme.Messaging
            {
                static class Messages
                {
                    public static string Sms => "Book: " + TriggerLinks.FirstTagSpring;
                }
            }
            """);

    [Fact]
    public Task Every_form_of_use_is_rewritten_by_fix_all_and_stays_constant() =>
        Verify(
            """
            using static Acme.Messaging.TriggerLinks;
            namespace Other
            {
                static class Messages
                {
                    const string Both = {|CS0618:Acme.Messaging.TriggerLinks.FirstTag|} + " " + {|CS0618:BookACall|};
                    public static string Sms(string name) => $"Hi {name}: {{|CS0618:Acme.Messaging.TriggerLinks.BookACall|}}";
                    public static string Pick(string s) => s switch { {|CS0618:FirstTag|} => "first", _ => "other" };
                }
            }
            """,
            """
            using static Acme.Messaging.TriggerLinks;
            namespace Other
            {
                static class Messages
                {
                    const string Both = Acme.Messaging.TriggerLinks.FirstTagSpring + " " + BookNow;
                    public static string Sms(string name) => $"Hi {name}: {Acme.Messaging.TriggerLinks.BookNow}";
                    public static string Pick(string s) => s switch { FirstTagSpring => "first", _ => "other" };
                }
            }
            """);

    [Fact]
    public Task A_bare_name_that_a_local_or_parameter_would_take_is_reached_through_the_class() =>
        Verify(
            """
            using static Acme.Messaging.TriggerLinks;
            namespace Other
            {
                static class Messages
                {
                    public static string O(string BookNow) => "D " + {|CS0618:BookACall|} + "|" + BookNow;
                    public static string P()
                    {
                        string FirstTagSpring = "a local";
                        return {|CS0618:FirstTag|} + "|" + FirstTagSpring + {|CS0618:BookACall|};
                    }
                }
            }
            """,
            """
            using static Acme.Messaging.TriggerLinks;
            namespace Other
            {
                static class Messages
                {
                    public static string O(string BookNow) => "D " + Acme.Messaging.TriggerLinks.BookNow + "|" + BookNow;
                    public static string P()
                    {
                        string FirstTagSpring = "a local";
                        return Acme.Messaging.TriggerLinks.FirstTagSpring + "|" + FirstTagSpring + BookNow;
                    }
                }
            }
            """);

    [Fact]
    public Task A_use_at_the_end_of_a_long_concatenation_is_rewritten()
    {
        string chain = string.Join(" + ", System.Linq.Enumerable.Repeat("\"x\"", LongConcatenationFixTests.Pieces));
        return Verify(
            "namespace Acme.Messaging { static class Messages { const string Sms = " + chain + " + {|CS0618:TriggerLinks.FirstTag|}; } }",
            "namespace Acme.Messaging { static class Messages { const string Sms = " + chain + " + TriggerLinks.FirstTagSpring; } }");
    }

    [Fact]
    public Task A_global_reference_written_in_a_hole_is_parenthesized() =>
        Verify(
            """
            using static Acme.Messaging.TriggerLinks;
            namespace Other
            {
                class Acme { }
                static class Messages
                {
                    public static string Sms(string FirstTagSpring) => $"a {{|CS0618:FirstTag|}} {FirstTagSpring}";
                }
            }
            """,
            """
            using static Acme.Messaging.TriggerLinks;
            namespace Other
            {
                class Acme { }
                static class Messages
                {
                    public static string Sms(string FirstTagSpring) => $"a {(global::Acme.Messaging.TriggerLinks.FirstTagSpring)} {FirstTagSpring}";
                }
            }
            """);

    [Fact]
    public Task A_use_whose_source_text_the_program_sees_is_left_alone() =>
        Verify(
            """
            using System;
            using System.Linq.Expressions;
            using System.Runtime.CompilerServices;
            namespace Acme.Messaging
            {
                static class Messages
                {
                    static string Expr(string value, [CallerArgumentExpression("value")] string text = "") => text;
                    public static string Shown => Expr({|CS0618:TriggerLinks.FirstTag|});
                    public static string Given => Expr({|CS0618:TriggerLinks.FirstTag|}, "given");
                    public static Expression<Func<string>> Tree => () => "Book: " + {|CS0618:TriggerLinks.FirstTag|};
                    public static Func<string> Delegate => () => "Book: " + {|CS0618:TriggerLinks.FirstTag|};
                }
            }
            """,
            """
            using System;
            using System.Linq.Expressions;
            using System.Runtime.CompilerServices;
            namespace Acme.Messaging
            {
                static class Messages
                {
                    static string Expr(string value, [CallerArgumentExpression("value")] string text = "") => text;
                    public static string Shown => Expr({|CS0618:TriggerLinks.FirstTag|});
                    public static string Given => Expr(TriggerLinks.FirstTagSpring, "given");
                    public static Expression<Func<string>> Tree => () => "Book: " + {|CS0618:TriggerLinks.FirstTag|};
                    public static Func<string> Delegate => () => "Book: " + TriggerLinks.FirstTagSpring;
                }
            }
            """);

    [Fact]
    public Task A_use_inside_nameof_is_left_alone_since_there_the_name_is_the_value() =>
        Verify(
            """
            namespace Acme.Messaging
            {
                static class Messages
                {
                    public static string Label => nameof({|CS0618:TriggerLinks.FirstTag|});
                    public static string Sms => "Book: " + {|CS0618:TriggerLinks.FirstTag|};
                }
            }
            """,
            """
            namespace Acme.Messaging
            {
                static class Messages
                {
                    public static string Label => nameof({|CS0618:TriggerLinks.FirstTag|});
                    public static string Sms => "Book: " + TriggerLinks.FirstTagSpring;
                }
            }
            """);

    [Fact]
    public Task Obsolete_members_that_are_not_our_aliases_are_left_alone()
    {
        const string Code = """
            namespace Acme.Messaging
            {
                static class Legacy
                {
                    [System.Obsolete("use New")] public const string Old = New;
                    public const string New = "x";
                }

                static class TriggerLinksLookalike
                {
                    public static string Use => {|CS0618:Legacy.Old|};
                }
            }
            """;
        return Verify(Code, Code);
    }

    [Fact]
    public Task An_obsolete_member_the_user_declared_in_their_own_partial_TriggerLinks_is_left_alone()
    {
        const string Code = """
            namespace Acme.Messaging
            {
                public static partial class TriggerLinks
                {
                    /// <summary>The user's own alias, not one the generator wrote.</summary>
                    [System.Obsolete("use FirstTagSpring")] public const string Mine = FirstTagSpring;
                }

                static class Messages
                {
                    public static string Sms => "Book: " + {|CS0618:TriggerLinks.Mine|};
                }
            }
            """;
        return Verify(Code, Code);
    }

    [Fact]
    public Task A_Location_property_renamed_alike_in_every_location_is_rewritten_to_the_new_property() =>
        Verify(
            """
            namespace Acme.Messaging
            {
                static class Messages
                {
                    public static string Book(string id) => "Book: " + {|CS0618:TriggerLinks.ForLocation(id).BookACall|};
                    public static string Each() => string.Join(",", System.Linq.Enumerable.Select(TriggerLinks.Locations, l => {|CS0618:l.BookACall|}));
                }
            }
            """,
            """
            namespace Acme.Messaging
            {
                static class Messages
                {
                    public static string Book(string id) => "Book: " + TriggerLinks.ForLocation(id).BookAVisit;
                    public static string Each() => string.Join(",", System.Linq.Enumerable.Select(TriggerLinks.Locations, l => l.BookAVisit));
                }
            }
            """,
            RenamedAlikeEverywhere);

    [Fact]
    public Task An_alias_in_a_pattern_is_rewritten_even_where_it_parses_as_a_type_name() =>
        Verify(
            """
            namespace Acme.Messaging
            {
                static class Messages
                {
                    public static bool First(string s) => s is {|CS0618:TriggerLinks.FirstTag|};
                    public static bool Either(object o) => o is {|CS0618:TriggerLinks.FirstTag|} or not {|CS0618:TriggerLinks.BookACall|};
                }
            }
            """,
            """
            namespace Acme.Messaging
            {
                static class Messages
                {
                    public static bool First(string s) => s is TriggerLinks.FirstTagSpring;
                    public static bool Either(object o) => o is TriggerLinks.FirstTagSpring or not TriggerLinks.BookNow;
                }
            }
            """);

    [Fact]
    public Task A_Location_property_in_a_property_pattern_or_after_a_null_conditional_is_rewritten_to_the_new_property() =>
        Verify(
            """
            namespace Acme.Messaging
            {
                static class Messages
                {
                    public static bool Is(string id) => TriggerLinks.ForLocation(id) is { {|CS0618:BookACall|}: "x" };
                    public static bool Long(string id) => TriggerLinks.ForLocation(id) is TriggerLinks.Location { {|CS0618:BookACall|}.Length: 3 };
                    public static string Maybe(string id) => TriggerLinks.TryGetLocation(id, out var l) ? l?{|CS0618:.BookACall|} : null;
                }
            }
            """,
            """
            namespace Acme.Messaging
            {
                static class Messages
                {
                    public static bool Is(string id) => TriggerLinks.ForLocation(id) is { BookAVisit: "x" };
                    public static bool Long(string id) => TriggerLinks.ForLocation(id) is TriggerLinks.Location { BookAVisit.Length: 3 };
                    public static string Maybe(string id) => TriggerLinks.TryGetLocation(id, out var l) ? l?.BookAVisit : null;
                }
            }
            """,
            RenamedAlikeEverywhere);

    [Fact]
    public Task The_name_an_anonymous_type_or_a_tuple_takes_from_an_alias_is_kept() =>
        Verify(
            """
            namespace Acme.Messaging
            {
                static class Messages
                {
                    public static string Anonymous() => new { {|CS0618:TriggerLinks.FirstTag|}, Other = 1 }.FirstTag;
                    public static string Tuple() => ({|CS0618:TriggerLinks.FirstTag|}, 1).FirstTag;
                    public static (string Link, int N) Typed() => ({|CS0618:TriggerLinks.BookACall|}, 1);
                    public static object Named() => new { Link = {|CS0618:TriggerLinks.BookACall|} };
                    public static (string, int) Cast() => ((string, int))({|CS0618:TriggerLinks.FirstTag|}, 1);
                    public static (string, int) CastInParentheses() => ((string, int))(({|CS0618:TriggerLinks.FirstTag|}, 1));
                    public static string CastKeepingIt() => (((string FirstTag, int))({|CS0618:TriggerLinks.FirstTag|}, 1)).FirstTag;
                    public static bool Compared() => ({|CS0618:TriggerLinks.FirstTag|}, 1) == ("x", 1);
                }
            }
            """,
            """
            namespace Acme.Messaging
            {
                static class Messages
                {
                    public static string Anonymous() => new { FirstTag = TriggerLinks.FirstTagSpring, Other = 1 }.FirstTag;
                    public static string Tuple() => (FirstTag: TriggerLinks.FirstTagSpring, 1).FirstTag;
                    public static (string Link, int N) Typed() => (TriggerLinks.BookNow, 1);
                    public static object Named() => new { Link = TriggerLinks.BookNow };
                    public static (string, int) Cast() => ((string, int))(TriggerLinks.FirstTagSpring, 1);
                    public static (string, int) CastInParentheses() => ((string, int))((TriggerLinks.FirstTagSpring, 1));
                    public static string CastKeepingIt() => (((string FirstTag, int))(FirstTag: TriggerLinks.FirstTagSpring, 1)).FirstTag;
                    public static bool Compared() => (TriggerLinks.FirstTagSpring, 1) == ("x", 1);
                }
            }
            """);

    [Fact]
    public async Task Fix_all_as_dotnet_format_runs_it_rewrites_our_aliases_when_the_first_CS0618_is_someone_elses()
    {
        // dotnet format asks for a fix on the first CS0618 only and hands that action's equivalence key to Fix All; here
        // the first is not ours, so there is no action and no key.
        const string Code = """
            namespace Acme.Messaging
            {
                static class Legacy
                {
                    [System.Obsolete("use New")] public const string Old = "x";
                    public static string First => Old;
                    public static string Sms => "Book: " + TriggerLinks.FirstTag + TriggerLinks.BookACall;
                }
            }
            """;

        string fixedCode = await DotnetFormatStyle.FixAllAsync(new RenamedLinkCodeFixProvider(), RenamedLinkCodeFixProvider.ObsoleteMemberUsed, Code, Generated);

        Assert.Contains("public static string First => Old;", fixedCode, System.StringComparison.Ordinal);
        Assert.Contains("\"Book: \" + TriggerLinks.FirstTagSpring + TriggerLinks.BookNow;", fixedCode, System.StringComparison.Ordinal);
    }

    /// <summary>Both locations renamed "Book a call" to "Book a visit": <c>TriggerLinks.Location.BookACall</c> stands for <c>BookAVisit</c>.</summary>
    private static readonly string RenamedAlikeEverywhere = TriggerLinksSourceWriter.Write(
        Namespace,
        LinkCatalogReader.Read("""
            {"schemaVersion":2,"locations":[
              {"name":"Downtown","locationId":"LOC1","links":[{"id":"d1","name":"Book a visit","formerNames":["Book a call"]}]},
              {"name":"Uptown","locationId":"LOC2","links":[{"id":"u1","name":"Book a visit","formerNames":["Book a call"]}]}]}
            """));

    private static Task Verify(string before, string after, string? generated = null)
    {
        var test = new CSharpCodeFixTest<EmptyDiagnosticAnalyzer, RenamedLinkCodeFixProvider, DefaultVerifier>
        {
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
            CompilerDiagnostics = CompilerDiagnostics.Warnings,
            TestCode = before,
            FixedCode = after,
        };
        test.TestState.Sources.Add((KnownSnapshot.GeneratedPath, generated ?? Generated));
        test.FixedState.Sources.Add((KnownSnapshot.GeneratedPath, generated ?? Generated));
        if (after.Contains("{|", System.StringComparison.Ordinal))
        {
            // What the fix leaves alone is still reported after it: the fixed code marks it too.
            test.FixedState.MarkupHandling = MarkupMode.Allow;
        }

        return test.RunAsync(CancellationToken.None);
    }
}
