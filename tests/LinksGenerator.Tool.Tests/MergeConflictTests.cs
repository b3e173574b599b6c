using System;
using System.Linq;
using System.Threading.Tasks;
using LinksGenerator.Tool.Tests.Infrastructure;
using LinksGenerator.Tool.Tests.Scenarios;

namespace LinksGenerator.Tool.Tests;

/// <summary>
/// A snapshot two branches pulled into, merged by git with a conflict (docs/ghl-links.md, "Merge conflicts in the
/// snapshot"): pull puts both sides together, keeping the history each side remembers, then pulls as usual; check and
/// lint say so and change nothing; a conflict pull cannot resolve leaves the file as it is.
/// </summary>
public class MergeConflictTests
{
    private static readonly TestLink FirstTag = HistoryFlow.FirstTag;
    private static readonly TestLink Zebra = HistoryFlow.Zebra;

    [Fact]
    public async Task Pull_resolves_a_conflict_keeping_the_renames_and_deletions_each_side_saw()
    {
        await using ToolSession session = await ToolSession.StartAsync();
        var (ancestor, ours, theirs) = await TwoBranchesAsync(session);

        session.Folder.Write("links.snapshot.json", ConflictText.Of(ours, theirs, ancestor));
        ToolRun resolved = await session.PullAsync();

        // HighLevel calls the link "Third tag" now, and Zebra is gone: "Second tag", which only our side saw, stays a former name.
        Assert.True(resolved.ExitCode == 0, resolved.ToString());
        Assert.Equal(
            [
                "Updated links.snapshot.json: 1 link of location ve9EPM428h8vShlRW1KT (1 deleted, 1 renamed)",
                "  - deleted      \"Zebra offer\" (zz9QpLmN0bVcXa1sDfGh): TriggerLinks.ZebraOffer stays as an error (CS0619: deleted from HighLevel); a hard-coded field of it is LNK004",
                "  ~ renamed      \"Second tag\" -> \"Third tag\" (n4AriwEnFrGh3tu08W0U): TriggerLinks.SecondTag -> TriggerLinks.ThirdTag; SecondTag stays as an obsolete alias (warning CS0618)",
                "The merge conflict in links.snapshot.json is resolved: the links and history of both sides were put together before pulling. Commit the file to finish the merge",
            ],
            Ghl.Lines(resolved.Stdout));
        Assert.Equal(["first tag", "Second tag"], HistoryTests.FormerNames(session.Snapshot, FirstTag.Id));
        var catalog = GeneratorView.AssertClean(session.Snapshot, 1);
        Assert.Equal(["FirstTag -> ThirdTag", "SecondTag -> ThirdTag"], GeneratorView.Aliases(catalog));
        Assert.Equal(["zz9QpLmN0bVcXa1sDfGh: ZebraOffer"], GeneratorView.Tombstones(catalog));

        // Resolved is resolved: the next pull finds nothing to do, and check agrees.
        Assert.Equal(["links.snapshot.json is up to date: 1 link of location ve9EPM428h8vShlRW1KT"], Ghl.Lines((await session.PullAsync()).Stdout));
        Assert.Equal(0, (await session.CheckAsync()).ExitCode);
    }

    private const string FirstTagAfterName = """
              "redirectTo": "https://www.google.com/search",
              "fieldKey": "{{trigger_link.n4AriwEnFrGh3tu08W0U}}",
              "formerNames": ["first tag"]
        """;

    /// <summary>Where both conflicts begin: the first link's id, the line before its name.</summary>
    private const string FileUpToTheFirstLinksId = """
        {
          "schemaVersion": 2,
          "locationId": "ve9EPM428h8vShlRW1KT",
          "links": [
            {
              "id": "n4AriwEnFrGh3tu08W0U",
        """;

    private const string ZebraEntry = """
            {
              "id": "zz9QpLmN0bVcXa1sDfGh",
              "name": "Zebra offer",
              "redirectTo": "https://acme-dental.com/offers/zebra",
              "fieldKey": "{{trigger_link.zz9QpLmN0bVcXa1sDfGh}}"
            }
        """;

    private const string ReferralEntry = """
            {
              "id": "sTpkr0cStY4qWB8dWKnH",
              "name": "Referral Program",
              "redirectTo": "https://acme-dental.com/refer-a-friend",
              "fieldKey": "{{trigger_link.sTpkr0cStY4qWB8dWKnH}}"
            }
        """;

    /// <summary>
    /// Conflicts as git leaves them when both branches saw Zebra deleted and renamed the first link differently: the
    /// lines git merged outside the conflict go into both sides as they are rebuilt.
    /// </summary>
    public static TheoryData<string, string> WhatGitMergedOutsideTheConflict => new()
    {
        {
            // Both added the deleted list where the file had none, one of them right after a change of its own: git keeps both lists.
            "the deleted links listed twice",
            $$$"""
            {{{FileUpToTheFirstLinksId}}}
            <<<<<<< HEAD
                  "name": "Second tag",
            =======
                  "name": "Third tag",
            >>>>>>> feature
            {{{FirstTagAfterName}}}
                },
            {{{ReferralEntry}}}
              ],
              "deletedLinks": [
            {{{ZebraEntry}}}
              ],
              "deletedLinks": [
            {{{ZebraEntry}}}
              ]
            }

            """
        },
        {
            // Ours pulled before Zebra was deleted: its Zebra is in the conflict, the other side's deletion merged cleanly.
            "a link live on one side and deleted in the merged lines",
            $$$"""
            {{{FileUpToTheFirstLinksId}}}
            <<<<<<< HEAD
                  "name": "Second tag",
            {{{FirstTagAfterName}}}
                },
                {
                  "id": "zz9QpLmN0bVcXa1sDfGh",
                  "name": "Zebra offer",
                  "redirectTo": "https://acme-dental.com/offers/zebra",
                  "fieldKey": "{{trigger_link.zz9QpLmN0bVcXa1sDfGh}}"
            =======
                  "name": "Third tag",
            {{{FirstTagAfterName}}}
            >>>>>>> feature
                },
            {{{ReferralEntry}}}
              ],
              "deletedLinks": [
            {{{ZebraEntry}}}
              ]
            }

            """
        },
    };

    [Theory]
    [MemberData(nameof(WhatGitMergedOutsideTheConflict))]
    public async Task Pull_resolves_a_conflict_whose_merged_lines_give_both_sides_the_other_branchs_entries(string shape, string conflicted)
    {
        await using ToolSession session = await ToolSession.StartAsync();
        session.Links = [FirstTag with { Name = "Third tag" }, HistoryFlow.Referral];
        session.Folder.Write("links.snapshot.json", conflicted.ReplaceLineEndings("\n"));

        ToolRun resolved = await session.PullAsync();

        Assert.True(resolved.ExitCode == 0, shape + ": " + resolved);
        Assert.Equal(
            "The merge conflict in links.snapshot.json is resolved: the links and history of both sides were put together before pulling. Commit the file to finish the merge",
            Ghl.Lines(resolved.Stdout)[^1]);
        Assert.Equal(["first tag", "Second tag"], HistoryTests.FormerNames(session.Snapshot, FirstTag.Id));
        var catalog = GeneratorView.AssertClean(session.Snapshot, 2);
        Assert.Equal(["zz9QpLmN0bVcXa1sDfGh: ZebraOffer"], GeneratorView.Tombstones(catalog));
        Assert.Equal(["links.snapshot.json is up to date: 2 links of location ve9EPM428h8vShlRW1KT"], Ghl.Lines((await session.PullAsync()).Stdout));
    }

    [Fact]
    public async Task A_resolved_conflict_with_no_link_changed_says_why_the_file_was_rewritten()
    {
        // One branch remembers Zebra as deleted, the other started after it was gone; HighLevel agrees with both.
        await using ToolSession session = await ToolSession.StartAsync();
        session.Links = [FirstTag, Zebra];
        Assert.Equal(0, (await session.PullAsync()).ExitCode);
        session.Links = [FirstTag];
        Assert.Equal(0, (await session.PullAsync()).ExitCode);
        string theirs = session.Snapshot;
        System.IO.File.Delete(session.Folder.SnapshotPath);
        Assert.Equal(0, (await session.PullAsync()).ExitCode);
        string ours = session.Snapshot;

        session.Folder.Write("links.snapshot.json", ConflictText.Of(ours, theirs));
        ToolRun resolved = await session.PullAsync();

        Assert.Equal(
            [
                "Rewrote links.snapshot.json in the canonical format (it held a merge conflict): 1 link of location ve9EPM428h8vShlRW1KT, no link changed",
                "The merge conflict in links.snapshot.json is resolved: the links and history of both sides were put together before pulling. Commit the file to finish the merge",
            ],
            Ghl.Lines(resolved.Stdout));
        Assert.Equal(theirs, session.Snapshot);
    }

    [Fact]
    public async Task Either_side_first_gives_the_same_links_and_history()
    {
        await using ToolSession session = await ToolSession.StartAsync();
        var (_, ours, theirs) = await TwoBranchesAsync(session);

        session.Folder.Write("links.snapshot.json", ConflictText.Of(ours, theirs));
        Assert.Equal(0, (await session.PullAsync()).ExitCode);
        string oursFirst = session.Snapshot;
        session.Folder.Write("links.snapshot.json", ConflictText.Of(theirs, ours));
        Assert.Equal(0, (await session.PullAsync()).ExitCode);

        // Only the order of former names may tell the sides apart (oldest first as far as each side knows); here it does not.
        Assert.Equal(oursFirst, session.Snapshot);
    }

    [Fact]
    public async Task Check_and_lint_say_that_pull_resolves_a_conflict_and_change_nothing()
    {
        await using ToolSession session = await ToolSession.StartAsync();
        var (_, ours, theirs) = await TwoBranchesAsync(session);
        string conflicted = ConflictText.Of(ours, theirs);
        session.Folder.Write("links.snapshot.json", conflicted);
        session.Folder.Write("sms.txt", "Hi {{trigger_link.n4AriwEnFrGh3tu08W0U}}\n");
        int requests = session.Server.Requests.Count;

        ToolRun check = await session.CheckAsync();
        ToolRun lint = await InProcessTool.Instance.RunAsync(session.Folder.Path, Ghl.Environment(), ["lint", "sms.txt"]);

        int markerLine = conflicted.Split('\n').ToList().FindIndex(line => line.StartsWith("<<<<<<<", StringComparison.Ordinal)) + 1;

        // The pull quoted as the tool was run, with the options of the run that advised it (lint has none to repeat).
        foreach (var (run, pull) in new[] { (check, $"ghl-links pull --location-id {FakeHighLevel.Location} --base-url {session.Server.BaseUrl}"), (lint, "ghl-links pull") })
        {
            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.Contains(
                $"links.snapshot.json cannot be read as a snapshot (line {markerLine}, column 1: the file holds a git merge conflict (this line is a conflict marker): " +
                $"run '{pull}', which resolves it keeping the history of both sides, and commit the result)",
                run.Stderr,
                StringComparison.Ordinal);
        }

        Assert.Equal(requests, session.Server.Requests.Count);
        Assert.Equal(conflicted, session.Snapshot);
    }

    [Fact]
    public async Task The_pull_that_check_and_lint_advise_for_a_conflict_elsewhere_acts_on_that_file()
    {
        await using ToolSession session = await ToolSession.StartAsync();
        var (_, ours, theirs) = await TwoBranchesAsync(session);
        System.IO.Directory.CreateDirectory(session.Folder.File("config"));
        session.Folder.Write("config/links.snapshot.json", ConflictText.Of(ours, theirs));
        session.Folder.Write("sms.txt", "Hi {{trigger_link.n4AriwEnFrGh3tu08W0U}}\n");

        ToolRun check = await session.CheckAsync("--snapshot", "config/links.snapshot.json");
        ToolRun lint = await InProcessTool.Instance.RunAsync(session.Folder.Path, Ghl.Environment(), ["lint", "--snapshot", "config/links.snapshot.json", "sms.txt"]);

        Assert.Contains($"run 'ghl-links pull --location-id {FakeHighLevel.Location} --base-url {session.Server.BaseUrl} --output config/links.snapshot.json', which resolves it", check.Stderr, StringComparison.Ordinal);
        Assert.Contains("run 'ghl-links pull --output config/links.snapshot.json', which resolves it", lint.Stderr, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> Unresolvable => new()
    {
        { "location", "the two sides of the conflict in links.snapshot.json are snapshots of different locations (ve9EPM428h8vShlRW1KT and Other000000000000001)" },
        { "order", "the merge conflict markers in links.snapshot.json are not in the order git writes them" },
        { "broken side", "the second side (after =======) of the merge conflict in links.snapshot.json is not a snapshot ghl-links can build on (expected ',' or '}' in an object" },
        { "broken history", "the first side (after <<<<<<<) of the merge conflict in links.snapshot.json is not a snapshot ghl-links can build on (\"formerNames\" is skipped: \"formerNames\" must be an array of strings" },
        { "one and many", "one side of the conflict in links.snapshot.json holds one location and the other many" },
    };

    [Theory]
    [MemberData(nameof(Unresolvable))]
    public async Task A_conflict_pull_cannot_resolve_leaves_the_file_untouched_and_says_how_to_resolve_it(string kind, string message)
    {
        await using ToolSession session = await ToolSession.StartAsync();
        var (_, ours, theirs) = await TwoBranchesAsync(session);
        string conflicted = kind switch
        {
            "location" => ConflictText.Of(ours, theirs.Replace(FakeHighLevel.Location, "Other000000000000001", StringComparison.Ordinal)),
            "order" => ConflictText.Of(ours, theirs).Replace("=======\n", "", StringComparison.Ordinal) + "=======\n",
            "broken side" => ConflictText.Of(ours, theirs.Replace("\"name\": \"Third tag\",", "\"name\": \"Third tag\"", StringComparison.Ordinal)),
            "broken history" => ConflictText.Of(ours.Replace("\"formerNames\": [\"first tag\"]", "\"formerNames\": \"first tag\"", StringComparison.Ordinal), theirs),
            _ => ConflictText.Of(ours, "{\n  \"schemaVersion\": 2,\n  \"locations\": [\n    {\n      \"name\": \"Main\",\n      \"locationId\": \"ve9EPM428h8vShlRW1KT\",\n      \"links\": []\n    }\n  ]\n}\n"),
        };
        session.Folder.Write("links.snapshot.json", conflicted);
        int requests = session.Server.Requests.Count;

        ToolRun pull = await session.PullAsync();

        Assert.True(pull.ExitCode == 2, pull.ToString());
        Assert.Contains(message, pull.Stderr, StringComparison.Ordinal);
        Assert.Contains("the file is untouched", pull.Stderr, StringComparison.Ordinal);
        Assert.Contains("'git checkout --ours FILE' or '--theirs FILE'", pull.Stderr, StringComparison.Ordinal);
        Assert.Equal(conflicted, session.Snapshot);
        Assert.Equal(requests, session.Server.Requests.Count);
    }

    /// <summary>
    /// A common ancestor with two links, then two branches that pulled at different times: ours saw the first link
    /// renamed to "Second tag"; theirs, later, saw it renamed to "Third tag" and Zebra deleted. The server then serves
    /// what theirs saw, as HighLevel would.
    /// </summary>
    private static async Task<(string Ancestor, string Ours, string Theirs)> TwoBranchesAsync(ToolSession session)
    {
        session.Links = [FirstTag, Zebra];
        Assert.Equal(0, (await session.PullAsync()).ExitCode);
        string ancestor = session.Snapshot;

        session.Links = [FirstTag with { Name = "Second tag" }, Zebra];
        Assert.Equal(0, (await session.PullAsync()).ExitCode);
        string ours = session.Snapshot;

        session.Folder.Write("links.snapshot.json", ancestor);
        session.Links = [FirstTag with { Name = "Third tag" }];
        Assert.Equal(0, (await session.PullAsync()).ExitCode);
        string theirs = session.Snapshot;
        return (ancestor, ours, theirs);
    }
}
