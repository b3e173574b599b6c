using System.Threading.Tasks;
using static LinksGenerator.Tests.CodeFixes.CodeFixScenario;

namespace LinksGenerator.Tests.CodeFixes;

/// <summary>
/// Where the program sees a string's source text, not only its value, LNK002's fix is not offered: a rewrite would
/// change the program's output. The diagnostic stays.
/// </summary>
public class CapturedSourceFixTests
{
    [Fact]
    public Task An_argument_a_method_captures_with_CallerArgumentExpression_is_left_alone() =>
        Before("""
            using System.Runtime.CompilerServices;
            namespace Acme.Messaging;
            class Messages
            {
                static string Expr(string value, [CallerArgumentExpression("value")] string text = "") => text;
                string Whole => Expr("{|LNK002:{{trigger_link.n4AriwEnFrGh3tu08W0U}}|}");
                string Part => Expr("ce {|LNK002:{{trigger_link.n4AriwEnFrGh3tu08W0U}}|}");
                string Nested => Expr(string.Concat("a", $"b {|LNK002:{{{{trigger_link.n4AriwEnFrGh3tu08W0U}}}}|}"));
            }
            """)
        .Unchanged()
        .Verify();

    [Fact]
    public Task A_string_in_a_lambda_made_into_an_expression_tree_is_left_alone() =>
        Before("""
            using System;
            using System.Linq;
            using System.Linq.Expressions;
            namespace Acme.Messaging;
            class Messages
            {
                Expression<Func<string>> Tree => () => "ce {|LNK002:{{trigger_link.n4AriwEnFrGh3tu08W0U}}|}";
                Expression<Func<string, bool>> Test => s => s == "{|LNK002:{{trigger_link.n4AriwEnFrGh3tu08W0U}}|}";
                IQueryable<string> Query(IQueryable<string> q) => from s in q where s == "{|LNK002:{{trigger_link.n4AriwEnFrGh3tu08W0U}}|}" select s;
            }
            """)
        .Unchanged()
        .Verify();

    [Fact]
    public Task An_argument_given_explicitly_or_a_lambda_made_into_a_delegate_is_fixed() =>
        Before("""
            using System;
            using System.Runtime.CompilerServices;
            namespace Acme.Messaging;
            class Messages
            {
                static string Expr(string value, [CallerArgumentExpression("value")] string text = "") => text;
                string Given => Expr("ce {|LNK002:{{trigger_link.n4AriwEnFrGh3tu08W0U}}|}", "given");
                Func<string> Delegate => () => "ce {|LNK002:{{trigger_link.n4AriwEnFrGh3tu08W0U}}|}";
            }
            """)
        .After("""
            using System;
            using System.Runtime.CompilerServices;
            namespace Acme.Messaging;
            class Messages
            {
                static string Expr(string value, [CallerArgumentExpression("value")] string text = "") => text;
                string Given => Expr("ce " + TriggerLinks.FirstTag, "given");
                Func<string> Delegate => () => ("ce " + TriggerLinks.FirstTag);
            }
            """)
        .Verify();
}
