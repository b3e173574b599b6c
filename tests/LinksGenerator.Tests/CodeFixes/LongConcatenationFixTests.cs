using System.Linq;
using System.Threading.Tasks;
using static LinksGenerator.Tests.CodeFixes.CodeFixScenario;

namespace LinksGenerator.Tests.CodeFixes;

/// <summary>
/// The fix of a field at the end of a long concatenation: it neither overflows the stack nor touches the rest of the
/// chain. 5,000 pieces, not the analyzer tests' 100,000: Roslyn's own workspace (SyntaxEquivalence, when a document
/// changes) recurses per piece and overflows a test thread's stack at about 17,000, before any fix of ours runs.
/// </summary>
public class LongConcatenationFixTests
{
    /// <summary>As many pieces as Roslyn's workspace handles on a thread-pool thread, with room to spare.</summary>
    internal const int Pieces = 5_000;

    private static readonly string Xs = string.Join(" + ", Enumerable.Repeat("\"x\"", Pieces));

    [Fact]
    public Task A_field_at_the_end_of_a_long_concatenation_is_fixed_in_place() =>
        Before("namespace Acme.Messaging;\nclass Messages { const string Sms = " + Xs + " + \"{|LNK002:{{trigger_link.n4AriwEnFrGh3tu08W0U}}|}\"; }\n")
        .After("namespace Acme.Messaging;\nclass Messages { const string Sms = " + Xs + " + TriggerLinks.FirstTag; }\n")
        .Verify();
}
