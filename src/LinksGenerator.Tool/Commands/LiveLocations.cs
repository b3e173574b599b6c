using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LinksGenerator.Tool.Configuration;
using LinksGenerator.Tool.HighLevel;
using LinksGenerator.Tool.Output;
using LinksGenerator.Tool.Storage;

namespace LinksGenerator.Tool.Commands;

/// <summary>
/// <see cref="LiveLinks"/> for the locations of a many-location snapshot: each location's token source decided and
/// printed before any request, then every location read side by side (at most <see cref="RequestGate.MostInFlight"/>
/// requests at once, each location with its own retries). All or nothing: when any location fails, each failure is
/// named and the run fails with the first of their exit codes (3 before 4), so nothing gets written (the message says
/// the file is untouched when the command is one that writes it: <c>pull</c>, not <c>check</c>).
/// </summary>
internal static class LiveLocations
{
    public static async Task<IReadOnlyList<LocationContent>> GetAsync(
        IReadOnlyList<LocationChoice> locations,
        ConnectionSettings settings,
        LocalSnapshot snapshot,
        bool forgetHistory,
        bool writesSnapshot,
        ToolHost host,
        Reporter reporter,
        CancellationToken cancellationToken)
    {
        NotAToken.RefuseInUrl(reporter.Redactor, settings.BaseUrl);
        ApiEndpoint endpoint = ApiEndpoint.Parse(settings.BaseUrl);
        IReadOnlyDictionary<string, TokenSource> tokens = new LocationTokens(settings.CompanyId, settings.TokenVariable, host.GetEnvironmentVariable).For(locations.Select(l => l.Name));
        foreach (TokenSource token in tokens.Values)
        {
            reporter.Redactor.Add(token is AgencyToken agency ? agency.Token : ((VariableToken)token).Token);
        }

        foreach (LocationChoice location in locations)
        {
            NotAToken.AcceptId(reporter.Redactor, location.LocationId, $"location id of {Printable.Line(location.Name)} (from {LocationSelection.IdOrigin})");
            if (tokens[location.Name] is AgencyToken { CompanyId: var companyId })
            {
                NotAToken.AcceptId(reporter.Redactor, companyId, $"company id (from --company-id or {AgencyCredentials.CompanyIdVariable})");
            }
        }

        foreach (LocationChoice location in locations)
        {
            reporter.Progress($"{Printable.Line(location.Name)}: {tokens[location.Name].Described}");
        }

        LiveLinks.WarnIfClearText(endpoint, reporter);
        reporter.Progress($"Getting the trigger links of {Count(locations.Count)} from {endpoint.LinksUri(locations[0].LocationId).GetLeftPart(UriPartial.Path)}");

        using var http = new HighLevelHttp(host.CreateHttpHandler(), host.Clock);
        var fetch = new LocationFetch(http, endpoint, settings.Timeout, host, reporter);
        (LocationChoice Location, IReadOnlyList<ApiLink>? Links, ToolException? Failure)[] fetched = await Task.WhenAll(
            locations.Select(async location =>
            {
                try
                {
                    IReadOnlyList<ApiLink> links = await fetch
                        .LinksAsync(location.LocationId, tokens[location.Name], LocationSelection.IdOrigin, Printable.Line(location.Name) + ": ", KnownText.Of(location.Stored.Entries, location.LocationId), cancellationToken)
                        .ConfigureAwait(false);
                    return (location, links, (ToolException?)null);
                }
                catch (ToolException e)
                {
                    return (location, (IReadOnlyList<ApiLink>?)null, e);
                }
            })).ConfigureAwait(false);

        // A hundred requests' parsing leaves garbage in the older generations: with the youngest generation collected every
        // 2 MB, whatever was in flight at each collection was promoted, and how much depends on how the requests interleave.
        // Handed back before the answers become contents and the snapshot is written on top of them (6 MB off the peak of
        // 50 locations, and the spread between runs with it: docs/benchmarks.md, "ghl-links pull").
        HeldMemory.HandBack();

        // Every exchanged token is known only now, so only now can every location's links be checked for all of them.
        // Each answer is let go once it is a LocationContent, so the run never holds every answer and every content at once.
        var results = new List<(LocationChoice Location, LocationContent? Content, ToolException? Failure)>(fetched.Length);
        for (int i = 0; i < fetched.Length; i++)
        {
            var (location, links, failure) = fetched[i];
            fetched[i] = default;
            results.Add(links is null ? (location, null, failure) : Checked(location, links, forgetHistory, reporter));
        }

        var failures = results.Where(r => r.Failure is not null).ToList();
        if (failures.Count == 0)
        {
            // The collection above left every answer in the oldest generation, which a run this short does not collect again
            // on its own: the answers let go one by one stayed on the heap beside the contents made of them. Handed back
            // once all are contents, before the snapshot is written (5 MB off the peak of 50 locations with their own
            // names and URLs: docs/benchmarks.md, "ghl-links pull").
            HeldMemory.HandBack();
            return results.Select(r => r.Content!).ToList();
        }

        foreach (var (location, _, failure) in failures)
        {
            reporter.Error($"{Printable.Line(location.Name)}: {failure!.Message}");
        }

        throw new ToolException(
            failures.Min(f => f.Failure!.ExitCode),
            $"{failures.Count} of {Count(locations.Count)} failed{(!writesSnapshot ? "" : snapshot.Exists ? $", so {snapshot.DisplayPath} is untouched" : ", so nothing was written")}: " +
            "fix what is said above and run again");
    }

    private static (LocationChoice Location, LocationContent? Content, ToolException? Failure) Checked(LocationChoice location, IReadOnlyList<ApiLink> links, bool forgetHistory, Reporter reporter)
    {
        try
        {
            TokensInLinks.Refuse(reporter.Redactor, links, location.LocationId);
            OddFieldKeys.Warn(links, Printable.Line(location.Name) + ": ", reporter);
            LinkHistory history = LinkHistory.For(location.Stored, location.LocationId, forgetHistory);
            return (location, LocationContent.From(location.LocationId, links, history, location.Name), null);
        }
        catch (ToolException e)
        {
            return (location, null, e);
        }
    }

    public static string Count(int locations) => locations == 1 ? "1 location" : $"{locations} locations";

    /// <summary>"1 link", "3 links".</summary>
    public static string Links(int links) => links == 1 ? "1 link" : $"{links} links";
}
