using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using LinksGenerator.EndToEnd.Tests.Infrastructure;
using LinksGenerator.Testing;

namespace LinksGenerator.EndToEnd.Tests;

/// <summary>The README's first command: the sample runs and its messages carry the snapshot's real merge fields.</summary>
public sealed class SampleTests
{
    [Fact]
    public async Task The_sample_composes_messages_from_the_repository_snapshot()
    {
        ProcessResult run = (await ProcessRunner.Dotnet(RepositoryPaths.Root, new Dictionary<string, string>(), "run", "--project", Path.Combine("samples", "LinksGenerator.Sample"))).ShouldSucceed();

        using JsonDocument snapshot = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "links.snapshot.json")));
        var links = snapshot.RootElement.GetProperty("links").EnumerateArray().ToDictionary(l => l.GetProperty("name").GetString()!, l => l.GetProperty("fieldKey").GetString()!);
        Assert.Contains("Confirm: " + links["Appointment Reminder – Confirm"], run.Output);
        Assert.Contains("Two minutes for a review? " + links["Leave a Review"], run.Output);
        Assert.Contains($"Location ve9EPM428h8vShlRW1KT has {links.Count} trigger links:", run.Output);
        Assert.All(links.Values, fieldKey => Assert.Contains("  " + fieldKey, run.Output));
    }

    [Fact]
    public async Task The_sample_build_checks_its_email_and_sms_templates()
    {
        string sample = Path.Combine("samples", "LinksGenerator.Sample");
        ProcessResult items = (await ProcessRunner.Dotnet(RepositoryPaths.Root, new Dictionary<string, string>(), "msbuild", sample, "-getItem:TriggerLinksTemplate")).ShouldSucceed();
        using JsonDocument json = JsonDocument.Parse(items.Output[items.Output.IndexOf('{', StringComparison.Ordinal)..]);
        string[] templates = json.RootElement.GetProperty("Items").GetProperty("TriggerLinksTemplate").EnumerateArray()
            .Select(item => Path.GetFileName(item.GetProperty("Identity").GetString()!))
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(["invoice-reminder.sms.txt", "welcome-email.html"], templates);

        // A rebuild checks every template (docs/templates.md): the compiler gets both, and finds nothing wrong in them.
        // Only the sample is rebuilt: the analyzer project it references is brought up to date first, and left as it is.
        var environment = new Dictionary<string, string>();
        (await ProcessRunner.Dotnet(RepositoryPaths.Root, environment, "build", sample, "-nodeReuse:false")).ShouldSucceed();
        ProcessResult build = (await ProcessRunner.Dotnet(RepositoryPaths.Root, environment, "build", sample, "--no-incremental", "--no-dependencies", "-v:normal", "-nodeReuse:false")).ShouldSucceed();
        string commandLine = build.CompilerCommandLine ?? throw new Xunit.Sdk.XunitException("the sample's compiler did not run:\n" + build.Summary);
        Assert.All(templates, template => Assert.Contains(template, commandLine));
        Assert.DoesNotContain(": warning LNK", build.Output);
        Assert.DoesNotContain(": error LNK", build.Output);
    }

    [Fact]
    public async Task The_agency_sample_sends_for_either_location_with_that_locations_links()
    {
        string sample = Path.Combine("samples", "LinksGenerator.AgencySample");
        ProcessResult run = (await ProcessRunner.Dotnet(RepositoryPaths.Root, new Dictionary<string, string>(), "run", "--project", sample)).ShouldSucceed();

        using JsonDocument snapshot = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, sample, "links.snapshot.json")));
        foreach (JsonElement location in snapshot.RootElement.GetProperty("locations").EnumerateArray())
        {
            string name = location.GetProperty("name").GetString()!;
            string book = location.GetProperty("links").EnumerateArray().Single(l => l.GetProperty("name").GetString() == "Book a Call").GetProperty("fieldKey").GetString()!;
            Assert.Contains($"City Dental {name} (location {location.GetProperty("locationId").GetString()}):", run.Output);
            Assert.Contains($"at City Dental {name}. Book here: {book}", run.Output);
        }

        Assert.Contains("The snapshot has 2 locations:", run.Output);
        Assert.Contains("An unknown location id is refused, not sent a dead link.", run.Output);
    }
}
