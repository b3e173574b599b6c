using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using System.Threading.Tasks;
using LinksGenerator.Tool.Storage;
using LinksGenerator.Tool.Tests.Infrastructure;
using LinksGenerator.Tool.Tests.Scenarios;

namespace LinksGenerator.Tool.Tests;

/// <summary>The snapshot on disk: deterministic bytes, written atomically, never lost.</summary>
public class SnapshotFileTests
{
    [Fact]
    public async Task Pulling_unchanged_data_twice_gives_identical_bytes_and_leaves_the_file_alone()
    {
        await using var server = await FakeHighLevel.StartAsync();
        using var folder = new TempFolder();

        ToolRun first = await Ghl.RunAsync(folder, server, "pull", "--location-id", FakeHighLevel.Location);
        byte[] bytes = folder.Read();
        var written = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(folder.SnapshotPath, written);
        ToolRun second = await Ghl.RunAsync(folder, server, "pull");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("Created links.snapshot.json: 5 links of location ve9EPM428h8vShlRW1KT", first.Stdout, StringComparison.Ordinal);
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(["links.snapshot.json is up to date: 5 links of location ve9EPM428h8vShlRW1KT"], Ghl.Lines(second.Stdout));
        Assert.Equal(bytes, folder.Read());
        Assert.Equal(written, File.GetLastWriteTimeUtc(folder.SnapshotPath));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_snapshot_written_by_something_else_while_the_pull_ran_is_not_written_over(bool existedBefore)
    {
        // A teammate's checkout lands while HighLevel answers: the history it brings is what HighLevel cannot give back.
        await using var server = await FakeHighLevel.StartAsync();
        using var folder = new TempFolder();
        if (existedBefore)
        {
            folder.Write("links.snapshot.json", TestLinks.PreviousSnapshot);
        }

        string theirs = HistoryFlow.RenamedSnapshot;
        server.Behavior = (context, _) =>
        {
            folder.Write("links.snapshot.json", theirs);
            return Respond.Links(context, server.Links);
        };

        ToolRun run = await Ghl.RunAsync(folder, server, "pull", "--location-id", FakeHighLevel.Location);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(
            "error: links.snapshot.json was written by something else while the pull ran (another pull, a checkout, an editor), so the pull did not write over it, and it is as that left it: run the pull again",
            run.Stderr,
            StringComparison.Ordinal);
        Assert.Equal(theirs, folder.ReadText());
        Assert.Equal(["links.snapshot.json"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task The_same_links_in_another_order_give_identical_bytes()
    {
        await using var server = await FakeHighLevel.StartAsync();
        using var inOrder = new TempFolder();
        using var reversed = new TempFolder();

        await Ghl.RunAsync(inOrder, server, "pull", "--location-id", FakeHighLevel.Location);
        server.Links = TestLinks.Current.Reverse().ToList();
        await Ghl.RunAsync(reversed, server, "pull", "--location-id", FakeHighLevel.Location);

        Assert.Equal(inOrder.Read(), reversed.Read());
        Assert.Equal(Encoding.UTF8.GetBytes(TestLinks.FirstSnapshot), reversed.Read());
    }

    [Theory]
    [InlineData("crlf", "CRLF line ends", true)]
    [InlineData("bom", "a byte order mark", false)]
    [InlineData("bom+crlf", "a byte order mark and CRLF line ends", true)]
    [InlineData("tabs", "another layout or order", false)]
    [InlineData("cr", "carriage returns (CR) as line ends", false)] // old Mac line ends, which eol=lf does not undo
    [InlineData("utf16", "the UTF-16 encoding", false)] // as Windows PowerShell 5's '>' writes it, and the build reads it
    [InlineData("utf16be+crlf", "the UTF-16 encoding and CRLF line ends", true)]
    public async Task Check_notes_a_file_that_is_not_in_the_canonical_format_and_pull_says_why_it_rewrites_it(string departure, string said, bool gitAdvice)
    {
        await using var server = await FakeHighLevel.StartAsync();
        using var folder = new TempFolder();
        string text = TestLinks.FirstSnapshot;
        text = departure == "tabs" ? text.Replace("  ", "\t", StringComparison.Ordinal) : text;
        text = departure.Contains("crlf", StringComparison.Ordinal) ? text.Replace("\n", "\r\n", StringComparison.Ordinal) : text;
        text = departure == "cr" ? text.Replace("\n", "\r", StringComparison.Ordinal) : text;
        text = departure.Contains("bom", StringComparison.Ordinal) ? "\uFEFF" + text : text;
        Encoding encoding = departure.StartsWith("utf16be", StringComparison.Ordinal) ? Encoding.BigEndianUnicode : departure.StartsWith("utf16", StringComparison.Ordinal) ? Encoding.Unicode : Encoding.UTF8;
        folder.WriteBytes("links.snapshot.json", [.. encoding == Encoding.UTF8 ? [] : encoding.Preamble.ToArray(), .. encoding.GetBytes(text)]);

        ToolRun check = await Ghl.RunAsync(folder, server, "check");
        ToolRun pull = await Ghl.RunAsync(folder, server, "pull");

        // Check compares links, not bytes: up to date, with a note; pull writes the canonical bytes and says what differed.
        Assert.True(check.ExitCode == 0, check.ToString());
        string note = Assert.Single(Ghl.Lines(check.Stdout), line => line.StartsWith("note:", StringComparison.Ordinal));
        Assert.Equal(
            $"note: links.snapshot.json is not in the canonical format (the file had {said}): 'ghl-links pull --base-url {server.BaseUrl}' would rewrite it without changing a link" +
            (gitAdvice ? "; with git, the line 'links.snapshot.json text eol=lf' in .gitattributes keeps its line ends LF in every checkout" : ""),
            note);
        Assert.True(pull.ExitCode == 0, pull.ToString());
        Assert.StartsWith($"Rewrote links.snapshot.json in the canonical format (the file had {said}): ", pull.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("note:", (await Ghl.RunAsync(folder, server, "check")).Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_in_a_project_folder_below_the_snapshot_check_and_pull_point_at_the_one_the_build_uses()
    {
        await using var server = await FakeHighLevel.StartAsync();
        using var folder = new TempFolder();
        folder.Write("links.snapshot.json", TestLinks.FirstSnapshot);
        string app = System.IO.Directory.CreateDirectory(folder.File("App")).FullName;
        folder.Write("App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        Task<ToolRun> InApp(params string[] args) => InProcessTool.RunAsync(app, Ghl.Environment(), new RecordingClock(), [.. args, "--base-url", server.BaseUrl]);

        ToolRun check = await InApp("check");
        ToolRun pullWithoutId = await InApp("pull");

        Assert.Equal(2, check.ExitCode);
        Assert.Contains("there is no snapshot at links.snapshot.json in this folder; a project here builds with ../links.snapshot.json: run check in its folder, or pass --snapshot ../links.snapshot.json", check.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, pullWithoutId.ExitCode);
        Assert.Contains("there is no snapshot at links.snapshot.json in this folder to take it from (a project here builds with ../links.snapshot.json: run pull in its folder, or pass --output ../links.snapshot.json)", pullWithoutId.Stderr, StringComparison.Ordinal);
        Assert.Empty(server.Requests);

        // Asked for a location, pull creates a snapshot here, as documented, and says what that does to the build.
        ToolRun created = await InApp("pull", "--location-id", FakeHighLevel.Location);
        Assert.True(created.ExitCode == 0, created.ToString());
        Assert.Contains(
            "warning: ../links.snapshot.json is a snapshot too: App.csproj here now builds with the new links.snapshot.json instead, without that one's links and history. " +
            "If that is not what you meant, delete links.snapshot.json and pass --output ../links.snapshot.json",
            created.Stderr,
            StringComparison.Ordinal);
        Assert.True(System.IO.File.Exists(System.IO.Path.Combine(app, "links.snapshot.json")));
        Assert.DoesNotContain("warning:", (await InApp("pull")).Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_snapshot_created_in_a_folder_without_a_project_below_another_says_whom_it_serves()
    {
        // App builds with the snapshot above it still; only a project in Sub or below would take the new one.
        await using var server = await FakeHighLevel.StartAsync();
        using var folder = new TempFolder();
        folder.Write("links.snapshot.json", TestLinks.FirstSnapshot);
        folder.Write("App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        string sub = System.IO.Directory.CreateDirectory(folder.File("App/Sub")).FullName;

        ToolRun created = await InProcessTool.RunAsync(sub, Ghl.Environment(), new RecordingClock(), "pull", "--location-id", FakeHighLevel.Location, "--base-url", server.BaseUrl);

        Assert.True(created.ExitCode == 0, created.ToString());
        Assert.Contains(
            "warning: ../../links.snapshot.json is a snapshot too: a project in this folder or below it would build with the new links.snapshot.json instead, without that one's links and history " +
            "(there is none in this folder itself; projects elsewhere keep ../../links.snapshot.json). If that is not what you meant, delete links.snapshot.json and pass --output ../../links.snapshot.json",
            created.Stderr,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Links_sent_with_underscore_id_are_stored_under_id_like_any_other()
    {
        await using var server = await FakeHighLevel.StartAsync();
        using var withId = new TempFolder();
        using var withUnderscoreId = new TempFolder();
        await Ghl.RunAsync(withId, server, "pull", "--location-id", FakeHighLevel.Location);
        string underscored = TestLinks.ResponseJson(TestLinks.Current, FakeHighLevel.Location).Replace("\"id\":", "\"_id\":", StringComparison.Ordinal);
        server.Behavior = (context, _) => Respond.Body(context, HttpStatusCode.OK, "application/json", underscored);

        ToolRun run = await Ghl.RunAsync(withUnderscoreId, server, "pull", "--location-id", FakeHighLevel.Location);

        Assert.DoesNotContain("\"id\":", underscored, StringComparison.Ordinal);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(withId.ReadText(), withUnderscoreId.ReadText());
    }

    [Fact]
    public async Task The_file_is_utf8_without_a_bom_with_lf_line_ends_and_a_final_newline()
    {
        await using var server = await FakeHighLevel.StartAsync();
        using var folder = new TempFolder();

        await Ghl.RunAsync(folder, server, "pull", "--location-id", FakeHighLevel.Location);
        byte[] bytes = folder.Read();

        Assert.NotEqual(0xEF, bytes[0]);
        Assert.DoesNotContain((byte)'\r', bytes);
        Assert.Equal((byte)'\n', bytes[^1]);
        Assert.NotEqual((byte)'\n', bytes[^2]);
        Assert.Contains("Dr. Müller", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pull_refuses_to_replace_a_file_it_cannot_read()
    {
        await using var server = await FakeHighLevel.StartAsync();
        using var folder = new TempFolder();
        // A snapshot cut short (a copy that failed half-way); a merge conflict is another matter (MergeConflictTests).
        string broken = TestLinks.ExpectedSnapshot[..(TestLinks.ExpectedSnapshot.Length / 2)];
        folder.Write("links.snapshot.json", broken);

        ToolRun run = await Ghl.RunAsync(folder, server, "pull", "--location-id", FakeHighLevel.Location);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("links.snapshot.json exists but cannot be read as a snapshot (line ", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("The tool does not replace a file it cannot read: fix it or delete it, or choose another --output", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(broken, folder.ReadText());
        Assert.Empty(server.Requests);
    }

    [Theory]
    [InlineData(new byte[] { 0x7B, 0xFF, 0xFE, 0x7D }, "it is not UTF-8 text")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x7B, 0x00, 0x00, 0xD8, 0x7D, 0x00 }, "it is UTF-16 text by its byte order mark, but its bytes do not decode as UTF-16")] // a lone surrogate
    public async Task A_snapshot_that_is_not_utf8_is_unreadable(byte[] bytes, string why)
    {
        await using var server = await FakeHighLevel.StartAsync();
        using var folder = new TempFolder();
        File.WriteAllBytes(folder.SnapshotPath, bytes);

        ToolRun run = await Ghl.RunAsync(folder, server, "check", "--location-id", FakeHighLevel.Location);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"cannot be read as a snapshot ({why})", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Theory]
    [InlineData("check", "--snapshot", "error: /dev/zero cannot be read as a snapshot (it is a device, not a file): pass --snapshot with the snapshot's path")]
    [InlineData("pull", "--output", "error: /dev/zero is not a file but a device, a named pipe or a socket, which cannot hold the snapshot this command writes: choose another --output")]
    public async Task A_device_as_the_snapshot_is_refused_unread_with_no_advice_to_delete_it(string command, string option, string expected)
    {
        // A device never ends (or, like /dev/full, ends nowhere useful): not read at all, and not called a file to fix.
        await using var server = await FakeHighLevel.StartAsync();
        using var folder = new TempFolder();

        ToolRun run = await Ghl.RunAsync(folder, server, command, "--location-id", FakeHighLevel.Location, option, "/dev/zero");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([expected], Ghl.Lines(run.Stderr));
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Pulling_through_a_symbolic_link_updates_the_file_it_points_to_and_keeps_the_link()
    {
        await using var server = await FakeHighLevel.StartAsync();
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("shared"));
        folder.Write(Path.Combine("shared", "links.snapshot.json"), TestLinks.PreviousSnapshot);
        File.CreateSymbolicLink(folder.SnapshotPath, Path.Combine("shared", "links.snapshot.json"));

        ToolRun run = await Ghl.RunAsync(folder, server, "pull");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(Path.Combine("shared", "links.snapshot.json"), new FileInfo(folder.SnapshotPath).LinkTarget);
        Assert.Equal(TestLinks.ExpectedSnapshot, folder.ReadText(Path.Combine("shared", "links.snapshot.json")));
        Assert.Equal(2, folder.AllFiles().Length); // the link and its file; no temporary file left behind
    }

    [Fact]
    public async Task A_link_to_a_snapshot_not_pulled_yet_is_no_snapshot_and_the_pull_creates_it_where_the_link_points()
    {
        await using var server = await FakeHighLevel.StartAsync();
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("shared"));
        File.CreateSymbolicLink(folder.SnapshotPath, Path.Combine("shared", "links.snapshot.json"));

        ToolRun check = await Ghl.RunAsync(folder, server, "check", "--location-id", FakeHighLevel.Location);
        ToolRun pull = await Ghl.RunAsync(folder, server, "pull", "--location-id", FakeHighLevel.Location);

        Assert.Equal(2, check.ExitCode);
        Assert.Contains("there is no snapshot at links.snapshot.json", check.Stderr, StringComparison.Ordinal);
        Assert.True(pull.ExitCode == 0, pull.ToString());
        Assert.Equal(Path.Combine("shared", "links.snapshot.json"), new FileInfo(folder.SnapshotPath).LinkTarget);
        Assert.Equal(TestLinks.FirstSnapshot, folder.ReadText(Path.Combine("shared", "links.snapshot.json")));
    }

    [Fact]
    public async Task A_link_into_a_folder_that_does_not_exist_is_refused_before_any_request()
    {
        await using var server = await FakeHighLevel.StartAsync();
        using var folder = new TempFolder();
        File.CreateSymbolicLink(folder.SnapshotPath, Path.Combine("nowhere", "links.snapshot.json"));

        ToolRun run = await Ghl.RunAsync(folder, server, "pull", "--location-id", FakeHighLevel.Location);

        Assert.Equal(2, run.ExitCode);
        // The folder the link leads to is named: the one it is in exists.
        Assert.Contains($"error: {folder.File("nowhere")}, where the symbolic link links.snapshot.json leads, does not exist: create it, or choose another --output", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task A_snapshot_that_is_a_link_to_itself_is_a_usage_error_and_stays_as_it_was()
    {
        await using var server = await FakeHighLevel.StartAsync();
        using var folder = new TempFolder();
        File.CreateSymbolicLink(folder.SnapshotPath, "links.snapshot.json");

        ToolRun run = await Ghl.RunAsync(folder, server, "pull", "--location-id", FakeHighLevel.Location);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("error: links.snapshot.json exists but cannot be read as a snapshot (it cannot be opened (Too many levels of symbolic links", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
        Assert.Equal("links.snapshot.json", new FileInfo(folder.SnapshotPath).LinkTarget);
        Assert.Equal(["links.snapshot.json"], Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName)); // no temporary file
    }

    [Theory]
    [InlineData(UnixFileMode.UserRead | UnixFileMode.UserWrite)]
    [InlineData(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherRead)]
    public async Task A_pull_keeps_the_snapshots_permissions(UnixFileMode mode)
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Windows has no Unix permissions to keep; CI runs on Linux.
        }

        await using var server = await FakeHighLevel.StartAsync();
        using var folder = new TempFolder();
        folder.Write("links.snapshot.json", TestLinks.PreviousSnapshot);
        File.SetUnixFileMode(folder.SnapshotPath, mode);

        ToolRun run = await Ghl.RunAsync(folder, server, "pull");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(TestLinks.ExpectedSnapshot, folder.ReadText());
        Assert.Equal(mode, File.GetUnixFileMode(folder.SnapshotPath));
    }

    [Fact]
    public async Task Output_writes_elsewhere_but_its_folder_must_exist()
    {
        await using var server = await FakeHighLevel.StartAsync();
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("config"));

        ToolRun works = await Ghl.RunAsync(folder, server, "pull", "--location-id", FakeHighLevel.Location, "--output", "config/acme.links.json");
        ToolRun noFolder = await Ghl.RunAsync(folder, server, "pull", "--location-id", FakeHighLevel.Location, "--output", "missing/acme.links.json");
        ToolRun isFolder = await Ghl.RunAsync(folder, server, "pull", "--location-id", FakeHighLevel.Location, "--output", "config");
        ToolRun namesFolder = await Ghl.RunAsync(folder, server, "pull", "--location-id", FakeHighLevel.Location, "--output", "links.json/");

        Assert.True(works.ExitCode == 0, works.ToString());
        Assert.Equal(TestLinks.FirstSnapshot, folder.ReadText(Path.Combine("config", "acme.links.json")));
        Assert.Equal(2, noFolder.ExitCode);
        Assert.Contains("the folder of missing/acme.links.json does not exist", noFolder.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, isFolder.ExitCode);
        Assert.Contains("config is a folder", isFolder.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, namesFolder.ExitCode);
        Assert.Contains("links.json/ ends in a folder separator, so it names a folder, not a file: pass the file's path, such as links.json", namesFolder.Stderr, StringComparison.Ordinal);
        Assert.Single(server.Requests);
        Assert.Single(folder.AllFiles());

        // --snapshot, the name the other commands use for the same file, is the same option.
        ToolRun refreshed = await Ghl.RunAsync(folder, server, "pull", "--location-id", FakeHighLevel.Location, "--snapshot", "config/acme.links.json");
        Assert.True(refreshed.ExitCode == 0, refreshed.ToString());
        Assert.Equal(TestLinks.FirstSnapshot, folder.ReadText(Path.Combine("config", "acme.links.json")));
        Assert.Single(folder.AllFiles());
    }

    [Fact]
    public async Task An_empty_output_path_or_one_below_a_file_is_named_for_what_it_is()
    {
        await using var server = await FakeHighLevel.StartAsync();
        using var folder = new TempFolder();
        folder.Write("notes.txt", "not a folder");

        ToolRun empty = await Ghl.RunAsync(folder, server, "pull", "--location-id", FakeHighLevel.Location, "--output", "");
        ToolRun belowFile = await Ghl.RunAsync(folder, server, "pull", "--location-id", FakeHighLevel.Location, "--output", "notes.txt/links.json");

        Assert.Equal(2, empty.ExitCode);
        Assert.Contains("error: the snapshot's path is empty: pass a file's path, such as links.snapshot.json", empty.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, belowFile.ExitCode);
        Assert.Contains($"error: the folder of notes.txt/links.json is a file ({folder.File("notes.txt")}): choose another --output", belowFile.Stderr, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task A_read_only_snapshot_is_not_replaced_and_nothing_is_requested()
    {
        await using var server = await FakeHighLevel.StartAsync();
        using var folder = new TempFolder();
        folder.Write("links.snapshot.json", TestLinks.PreviousSnapshot);
        File.SetAttributes(folder.SnapshotPath, FileAttributes.ReadOnly);

        ToolRun run = await Ghl.RunAsync(folder, server, "pull");
        File.SetAttributes(folder.SnapshotPath, FileAttributes.Normal);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("error: links.snapshot.json is read-only: make it writable to pull into it (chmod u+w), or choose another --output", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
        Assert.Equal(TestLinks.PreviousSnapshot, folder.ReadText());
        Assert.Single(folder.AllFiles());
    }

    [Fact]
    public async Task A_folder_that_takes_no_new_file_is_found_before_any_request()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        await using var server = await FakeHighLevel.StartAsync();
        using var folder = new TempFolder();

        // /proc takes no new file, for root too, whom a folder's permissions (chmod a-w) would not stop.
        ToolRun run = await Ghl.RunAsync(folder, server, "pull", "--location-id", FakeHighLevel.Location, "--output", "/proc/links.snapshot.json");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("error: the folder of /proc/links.snapshot.json does not take a new file (", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("make the folder writable, or choose another --output", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task A_file_name_too_long_for_the_file_system_is_found_before_any_request()
    {
        await using var server = await FakeHighLevel.StartAsync();
        using var folder = new TempFolder();
        string tooLong = new string('a', 300) + ".json";
        string longest = new string('b', 250) + ".json"; // 255 bytes: as long as a name may be

        ToolRun refused = await Ghl.RunAsync(folder, server, "pull", "--location-id", FakeHighLevel.Location, "--output", tooLong);
        Assert.Empty(server.Requests);
        ToolRun taken = await Ghl.RunAsync(folder, server, "pull", "--location-id", FakeHighLevel.Location, "--output", longest);

        Assert.True(refused.ExitCode == 2, refused.ToString());
        Assert.Contains($"error: the file name of {tooLong} is longer than the file system takes: choose a shorter --output. Nothing was sent", refused.Stderr, StringComparison.Ordinal);
        Assert.True(taken.ExitCode == 0, taken.ToString());
        Assert.Equal([longest], folder.AllFiles().Select(f => f.Name));
    }

    [Fact]
    public void An_atomic_write_refuses_a_read_only_file_even_through_a_link()
    {
        using var folder = new TempFolder();
        folder.Write("target.json", "{}\n");
        File.SetAttributes(folder.File("target.json"), FileAttributes.ReadOnly);
        File.CreateSymbolicLink(folder.SnapshotPath, "target.json");

        Assert.Throws<UnauthorizedAccessException>(() => AtomicFile.Replace(folder.SnapshotPath, unlessSame: false, stream => stream.Write("[]\n"u8)));
        File.SetAttributes(folder.File("target.json"), FileAttributes.Normal);

        Assert.Equal("{}\n", folder.ReadText("target.json"));
        Assert.Equal(["links.snapshot.json", "target.json"], folder.AllFiles().Select(f => f.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(230, 's')]
    [InlineData(120, 'é')] // 240 bytes of UTF-8
    public async Task A_snapshot_whose_name_is_near_the_file_system_limit_can_be_pulled(int length, char letter)
    {
        await using var server = await FakeHighLevel.StartAsync();
        using var folder = new TempFolder();
        string name = new string(letter, length - 5) + ".json";

        ToolRun run = await Ghl.RunAsync(folder, server, "pull", "--location-id", FakeHighLevel.Location, "--output", name);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(TestLinks.FirstSnapshot, folder.ReadText(name));
        Assert.Single(folder.AllFiles());
    }

    [Fact]
    public void An_atomic_write_replaces_the_whole_file_and_leaves_no_temporary_file()
    {
        using var folder = new TempFolder();
        folder.Write("links.snapshot.json", new string('x', 10_000));

        bool replaced = AtomicFile.Replace(folder.SnapshotPath, unlessSame: false, stream => stream.Write("{}\n"u8));

        Assert.True(replaced);
        Assert.Equal("{}\n", folder.ReadText());
        Assert.Single(folder.AllFiles());
    }

    [Fact]
    public void Temporary_files_a_killed_write_left_are_removed_by_the_next_write_and_nothing_else()
    {
        using var folder = new TempFolder();
        folder.Write("links.snapshot.json", "{}\n");
        string leftover = $".links.snapshot.json.{Guid.NewGuid():N}.tmp";
        string running = $".links.snapshot.json.{Guid.NewGuid():N}.tmp"; // another write, in progress right now
        string someoneElses = ".links.snapshot.json.notes.tmp";
        foreach (string name in new[] { leftover, running, someoneElses })
        {
            folder.Write(name, "partial");
        }

        File.SetLastWriteTimeUtc(folder.File(leftover), DateTime.UtcNow.AddHours(-1));
        File.SetLastWriteTimeUtc(folder.File(someoneElses), DateTime.UtcNow.AddHours(-1));

        AtomicFile.Replace(folder.SnapshotPath, unlessSame: true, stream => stream.Write("{}\n"u8));

        Assert.Equal(
            new[] { running, someoneElses, "links.snapshot.json" }.Order(StringComparer.Ordinal),
            folder.AllFiles().Select(f => f.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_atomic_write_of_the_files_own_bytes_leaves_it_alone_timestamp_and_all()
    {
        using var folder = new TempFolder();
        folder.Write("links.snapshot.json", "{}\n");
        var written = new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(folder.SnapshotPath, written);

        bool replaced = AtomicFile.Replace(folder.SnapshotPath, unlessSame: true, stream =>
        {
            stream.Write("{}"u8);
            stream.Write("\n"u8);
        });

        Assert.False(replaced);
        Assert.Equal(written, File.GetLastWriteTimeUtc(folder.SnapshotPath));
        Assert.Single(folder.AllFiles());
    }

    [Fact]
    public void A_write_that_fails_half_way_leaves_the_target_as_it_was_and_no_temporary_file()
    {
        using var folder = new TempFolder();
        folder.Write("links.snapshot.json", "old");

        Assert.Throws<InvalidOperationException>(() => AtomicFile.Replace(folder.SnapshotPath, unlessSame: false, stream =>
        {
            stream.Write(new byte[100_000]);
            throw new InvalidOperationException("the writer failed");
        }));

        Assert.Equal("old", folder.ReadText());
        Assert.Single(folder.AllFiles());
    }

    [Fact]
    public void A_failed_atomic_write_leaves_the_target_as_it_was_and_no_temporary_file()
    {
        using var folder = new TempFolder();
        string target = folder.File("links.snapshot.json");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "keep.txt"), "kept");

        Assert.ThrowsAny<IOException>(() => AtomicFile.Replace(target, unlessSame: false, stream => stream.Write("{}\n"u8)));

        Assert.Equal("kept", File.ReadAllText(Path.Combine(target, "keep.txt")));
        Assert.Equal(["links.snapshot.json/keep.txt"], folder.AllFiles().Select(f => f.Name.Replace('\\', '/')));
    }
}
