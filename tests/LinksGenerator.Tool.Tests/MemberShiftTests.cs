using System.Linq;
using System.Threading.Tasks;
using LinksGenerator.Tool.Tests.Infrastructure;
using LinksGenerator.Tool.Tests.Scenarios;

namespace LinksGenerator.Tool.Tests;

/// <summary>
/// Members whose meaning a pull changes with no line about their own link (docs/ghl-links.md, "History"): an added link
/// that takes another link's obsolete alias or a deleted link's error, or shares a live link's name; a deleted link
/// whose error another link's old name pushes to its id. Each gets a line saying what code that uses it gets now, in
/// pull and check alike.
/// </summary>
public class MemberShiftTests
{
    private static readonly TestLink FirstTag = HistoryFlow.FirstTag;
    private static readonly TestLink Zebra = HistoryFlow.Zebra;
    private static readonly TestLink Referral = HistoryFlow.Referral;
    private static readonly TestLink Beta = FirstTag with { Name = "Beta" };

    /// <summary>A new link with the first tag link's old name, "first tag".</summary>
    private static readonly TestLink NewFirstTag = new("Qm3oTherLink00000001", "first tag", "https://acme-dental.com/other");

    [Fact]
    public async Task An_added_link_that_takes_an_obsolete_alias_says_the_alias_now_sends_it_with_no_warning()
    {
        await using ToolSession session = await RenamedToBetaAsync();

        session.Links = [Beta, Referral, NewFirstTag];
        ToolRun check = await session.CheckAsync();
        ToolRun pull = await session.PullAsync();

        string[] lines =
        [
            "  + added        \"first tag\" (Qm3oTherLink00000001) -> \"https://acme-dental.com/other\"",
            "  ! member       TriggerLinks.FirstTag (an obsolete alias of \"Beta\" (n4AriwEnFrGh3tu08W0U)) now belongs to another link, " +
            "\"first tag\" (Qm3oTherLink00000001): code that uses it sends that link, with no warning",
        ];
        Assert.Equal(lines, Ghl.Lines(pull.Stdout)[1..]);
        Assert.Equal(lines, Ghl.Lines(check.Stdout)[1..^1]);
        Assert.Equal(["Beta: n4AriwEnFrGh3tu08W0U", "FirstTag: Qm3oTherLink00000001", "ReferralProgram: sTpkr0cStY4qWB8dWKnH"], Members(session));
    }

    [Fact]
    public async Task A_link_renamed_onto_the_alias_of_a_link_renamed_in_the_same_pull_says_the_alias_now_sends_it()
    {
        await using ToolSession session = await RenamedToBetaAsync();

        // The alias's own link is renamed too: its line names its old and new member, not the alias another link takes.
        session.Links = [Beta with { Name = "Gamma" }, Referral with { Name = "first tag" }];
        ToolRun check = await session.CheckAsync();
        ToolRun pull = await session.PullAsync();

        string shift = "  ! member       TriggerLinks.FirstTag (an obsolete alias of \"Beta\" (n4AriwEnFrGh3tu08W0U)) now belongs to another link, " +
            "\"first tag\" (sTpkr0cStY4qWB8dWKnH): code that uses it sends that link, with no warning";
        Assert.Equal(shift, Ghl.Lines(pull.Stdout)[^1]);
        Assert.Equal(shift, Ghl.Lines(check.Stdout)[^2]);
        Assert.Equal(["FirstTag: sTpkr0cStY4qWB8dWKnH", "Gamma: n4AriwEnFrGh3tu08W0U"], Members(session));
    }

    [Fact]
    public async Task A_link_added_under_the_alias_of_a_link_renamed_in_the_same_pull_says_the_alias_now_sends_it()
    {
        await using ToolSession session = await RenamedToBetaAsync();

        session.Links = [Beta with { Name = "Gamma" }, Referral, NewFirstTag];
        ToolRun pull = await session.PullAsync();

        Assert.Equal(
            "  ! member       TriggerLinks.FirstTag (an obsolete alias of \"Beta\" (n4AriwEnFrGh3tu08W0U)) now belongs to another link, " +
            "\"first tag\" (Qm3oTherLink00000001): code that uses it sends that link, with no warning",
            Ghl.Lines(pull.Stdout)[^1]);
    }

    [Fact]
    public async Task Renaming_a_link_with_an_alias_keeps_the_alias_its_and_says_nothing_more_about_it()
    {
        await using ToolSession session = await RenamedToBetaAsync();

        session.Links = [Beta with { Name = "Gamma" }, Referral];
        ToolRun pull = await session.PullAsync();

        Assert.Equal(
            ["  ~ renamed      \"Beta\" -> \"Gamma\" (n4AriwEnFrGh3tu08W0U): TriggerLinks.Beta -> TriggerLinks.Gamma; Beta stays as an obsolete alias (warning CS0618)"],
            Ghl.Lines(pull.Stdout)[1..]);
    }

    [Fact]
    public async Task A_deleted_link_whose_error_an_old_name_pushes_to_its_id_names_where_the_error_is()
    {
        await using ToolSession session = await RenamedToBetaAsync();
        session.Links = [Beta, Referral, NewFirstTag];
        await session.PullAsync();

        // Deleted, the new link's error and the first tag link's alias share the member: each takes its id.
        session.Links = [Beta, Referral];
        ToolRun pull = await session.PullAsync();

        Assert.Equal(
            [
                "  - deleted      \"first tag\" (Qm3oTherLink00000001): TriggerLinks.FirstTag is gone (its error is TriggerLinks.FirstTag_Qm3oTherLink00000001, " +
                "as another link's name makes the same member): code that uses TriggerLinks.FirstTag no longer compiles; a hard-coded field of it is LNK004",
            ],
            Ghl.Lines(pull.Stdout)[1..]);
    }

    [Fact]
    public async Task An_added_link_that_shares_a_live_links_name_says_the_old_member_is_gone_and_where_the_link_went()
    {
        TestLink secondReferral = Referral with { Id = "Rf2SecondReferral001" };
        await using ToolSession session = await StartAsync(FirstTag, Referral);

        session.Links = [FirstTag, Referral, secondReferral];
        ToolRun pull = await session.PullAsync();

        Assert.Equal(
            [
                "  + added        \"Referral Program\" (Rf2SecondReferral001) -> \"https://acme-dental.com/refer-a-friend\"",
                "  ! member       TriggerLinks.ReferralProgram (the constant of \"Referral Program\" (sTpkr0cStY4qWB8dWKnH)) is gone: \"Referral Program\" " +
                "(sTpkr0cStY4qWB8dWKnH) is now TriggerLinks.ReferralProgram_sTpkr0cStY4qWB8dWKnH, as another link's name makes the same member; " +
                "code that uses ReferralProgram no longer compiles",
            ],
            Ghl.Lines(pull.Stdout)[1..]);
    }

    [Fact]
    public async Task A_link_added_under_a_deleted_links_name_says_its_error_now_compiles_and_sends_the_new_link()
    {
        var newZebra = new TestLink("Zn2NewZebraLink00001", "Zebra offer", "https://acme-dental.com/offers/zebra-2");
        await using ToolSession session = await StartAsync(Zebra, Referral);
        session.Links = [Referral];
        await session.PullAsync();

        session.Links = [newZebra, Referral];
        ToolRun pull = await session.PullAsync();

        Assert.Equal(
            [
                "  + added        \"Zebra offer\" (Zn2NewZebraLink00001) -> \"https://acme-dental.com/offers/zebra-2\"",
                "  ! member       TriggerLinks.ZebraOffer (the error kept for \"Zebra offer\" (zz9QpLmN0bVcXa1sDfGh), deleted from HighLevel) now belongs to " +
                "another link, \"Zebra offer\" (Zn2NewZebraLink00001): code that uses it sends that link, with no error",
            ],
            Ghl.Lines(pull.Stdout)[1..]);
    }

    private static readonly TestLink PromoA = new("PromoAAAAAAAAAAAAAA1", "Promo", "https://acme-dental.com/a");
    private static readonly TestLink PromoC = new("PromoCCCCCCCCCCCCCC1", "Promo", "https://acme-dental.com/c");
    private static readonly TestLink PromoD = new("PromoDDDDDDDDDDDDDD1", "Promo", "https://acme-dental.com/d");

    [Fact]
    public async Task A_member_the_id_rule_gives_back_says_so_and_not_that_another_link_took_it()
    {
        // Two live "Promo"s take their ids, and the deleted third keeps the name for its error.
        await using ToolSession session = await StartAsync(PromoA, PromoC, PromoD);
        session.Links = [PromoA, PromoC];
        ToolRun deleted = await session.PullAsync();

        // A renamed: C is the only "Promo" left and takes the name back, from D's error.
        session.Links = [PromoA with { Name = "Xa" }, PromoC];
        ToolRun renamed = await session.PullAsync();

        Assert.Equal(
            [
                "  - deleted      \"Promo\" (PromoDDDDDDDDDDDDDD1): TriggerLinks.Promo_PromoDDDDDDDDDDDDDD1 is gone (its error is TriggerLinks.Promo, " +
                "as no other link's name makes that member any more): code that uses TriggerLinks.Promo_PromoDDDDDDDDDDDDDD1 no longer compiles; a hard-coded field of it is LNK004",
            ],
            Ghl.Lines(deleted.Stdout)[1..]);
        Assert.Equal(
            [
                "  ~ renamed      \"Promo\" -> \"Xa\" (PromoAAAAAAAAAAAAAA1): TriggerLinks.Promo_PromoAAAAAAAAAAAAAA1 -> TriggerLinks.Xa; Promo_PromoAAAAAAAAAAAAAA1 is gone: code that uses it no longer compiles",
                "  ! member       TriggerLinks.Promo (the error kept for \"Promo\" (PromoDDDDDDDDDDDDDD1), deleted from HighLevel) now belongs to another link, " +
                "\"Promo\" (PromoCCCCCCCCCCCCCC1): code that uses it sends that link, with no error",
                "  ! member       TriggerLinks.Promo_PromoCCCCCCCCCCCCCC1 (the constant of \"Promo\" (PromoCCCCCCCCCCCCCC1)) is gone: \"Promo\" (PromoCCCCCCCCCCCCCC1) is now " +
                "TriggerLinks.Promo, as no other link's name makes that member any more; code that uses Promo_PromoCCCCCCCCCCCCCC1 no longer compiles",
            ],
            Ghl.Lines(renamed.Stdout)[1..]);
    }

    [Fact]
    public async Task A_deleted_links_error_pushed_to_its_id_says_where_it_went_and_that_code_still_fails()
    {
        await using ToolSession session = await StartAsync(PromoA, PromoC, PromoD);
        session.Links = [PromoA, PromoC];
        await session.PullAsync();

        // Both live links renamed: their old name "Promo" and the deleted link's error make one member, so each takes its id.
        session.Links = [PromoA with { Name = "Xa" }, PromoC with { Name = "Yc" }];
        ToolRun renamed = await session.PullAsync();

        Assert.Contains(
            "  ! member       TriggerLinks.Promo (the error kept for \"Promo\" (PromoDDDDDDDDDDDDDD1), deleted from HighLevel) is gone: the error is now " +
            "TriggerLinks.Promo_PromoDDDDDDDDDDDDDD1, as another link's name makes the same member; code that uses Promo still fails, without saying the link was deleted (CS0117, not CS0619)",
            Ghl.Lines(renamed.Stdout));
    }

    [Fact]
    public async Task Links_added_beside_the_others_move_no_member_and_say_nothing_more()
    {
        await using ToolSession session = await StartAsync(FirstTag);
        session.Links = [Beta];
        await session.PullAsync();

        session.Links = [Beta, Referral];
        ToolRun pull = await session.PullAsync();

        Assert.Equal(["  + added        \"Referral Program\" (sTpkr0cStY4qWB8dWKnH) -> \"https://acme-dental.com/refer-a-friend\""], Ghl.Lines(pull.Stdout)[1..]);
    }

    private static async Task<ToolSession> StartAsync(params TestLink[] links)
    {
        ToolSession session = await ToolSession.StartAsync();
        session.Links = links;
        Assert.Equal(0, (await session.PullAsync()).ExitCode);
        return session;
    }

    /// <summary>The first tag link and the referral link pulled, then the first tag renamed "Beta": FirstTag is its obsolete alias.</summary>
    private static async Task<ToolSession> RenamedToBetaAsync()
    {
        ToolSession session = await StartAsync(FirstTag, Referral);
        session.Links = [Beta, Referral];
        Assert.Equal(0, (await session.PullAsync()).ExitCode);
        return session;
    }

    /// <summary>Each live constant as the generator names it, with its link's id.</summary>
    private static string[] Members(ToolSession session) =>
        [.. GeneratorView.AssertClean(session.Snapshot, session.Links.Count).Links.Select(link => $"{link.MemberName}: {link.Id}")];
}
