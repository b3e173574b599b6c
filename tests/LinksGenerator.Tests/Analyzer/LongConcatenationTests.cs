using System.Linq;
using System.Threading.Tasks;
using static LinksGenerator.Testing.ConcatenationSource;
using static LinksGenerator.Tests.Analyzer.AnalyzerScenario;

namespace LinksGenerator.Tests.Analyzer;

/// <summary>
/// A constant of very many pieces is a chain of <c>+</c> nested as deep as it is long. The analyzer walks it without
/// recursing per piece: a stack overflow would kill the compiler (and this test host), so these tests passing at all is
/// the proof, and the diagnostics must be those of the same chain kept short. (The work per piece is constant too: each
/// search hit's token, each climb to the outermost chain, each piece's value and each reported field costs the same
/// however deep the chain is; docs/benchmarks.md, section 6b, has the figures.)
/// </summary>
public class LongConcatenationTests
{
    [Theory]
    [InlineData(4)]
    [InlineData(100_000)]
    public Task A_field_spread_over_a_long_constant_concatenation_is_judged_once_folded(int pieces) =>
        WithKnownLinks().Members(
            "const string Big = {|LNK001:" + Chain("\"{{trigger_link.\"", Xs(pieces - 2), "\"}}\"") + "|};").Verify();

    [Theory]
    [InlineData(4)]
    [InlineData(100_000)]
    public Task A_long_concatenation_built_at_run_time_is_judged_by_its_constant_start(int pieces) =>
        WithKnownLinks().Members(
            "const string Open = \"{{trigger_link.\";\n"
            + "string Sms(string name) => {|LNK001:" + Chain("Open", Xs(pieces - 2), "\"}}\"") + "|} + name + \"!\";").Verify();

    [Theory]
    [InlineData(4)]
    [InlineData(100_000)]
    public Task A_field_in_one_literal_of_a_long_concatenation_is_judged_there(int pieces) =>
        WithKnownLinks().Members(
            "string Sms(string name) => " + Chain("name", Xs(pieces - 2), "\"{|LNK002:{{trigger_link.n4AriwEnFrGh3tu08W0U}}|}\"") + ";").Verify();

    [Theory]
    [InlineData(4)]
    [InlineData(100_000)]
    public Task A_long_concatenation_ending_in_a_field_that_is_not_constant_is_judged_by_its_constant_start(int pieces) =>
        WithKnownLinks().Members(
            "const string Open = \"{{trigger_link.\";\n"
            + "static readonly string Suffix = \"\";\n"
            + "string Sms() => " + Chain("{|LNK001:Open + \"deadLinkId0000000000}}\"|} + Suffix", Xs(pieces - 3), "\"!\"") + ";").Verify();

    [Theory]
    [InlineData(4)]
    [InlineData(100_000)]
    public Task A_long_concatenation_of_names_holding_fields_is_judged_by_the_field_it_spreads(int pieces) =>
        WithKnownLinks().Members(
            "const string Open = \"{{trigger_link.\";\n"
            + "const string Known = \"{|LNK002:{{trigger_link.n4AriwEnFrGh3tu08W0U}}|}\";\n"
            + "const string Big = {|LNK001:" + Chain("Open + \"deadLinkId0000000000}}\"", Enumerable.Repeat("Known", pieces - 2), "Known") + "|};").Verify();

    [Theory]
    [InlineData(4)]
    [InlineData(1_000)]
    public Task Every_field_of_a_long_concatenation_is_judged_once_in_its_own_literal(int pieces) =>
        WithKnownLinks().Members(
            "const string Big = " + Chain("\"{|LNK001:{{trigger_link.deadLinkId0000000000}}|}\"", Enumerable.Repeat("\"{|LNK001:{{trigger_link.deadLinkId0000000000}}|}\"", pieces - 2), "\"x\"") + ";\n"
            + "string Sms(string name) => " + Chain("name", Enumerable.Repeat("\"{|LNK001:{{trigger_link.deadLinkId0000000000}}|}\"", pieces - 1), "name") + ";").Verify();
}
