namespace LinksGenerator.Tests.Infrastructure;

/// <summary>A snapshot of two locations cloned from one template: "Book a call" in both, "Parking" only downtown.</summary>
internal static class AgencySnapshot
{
    public const string Json = """
        {
          "schemaVersion": 2,
          "locations": [
            { "name": "Downtown", "locationId": "LOC1", "links": [
              { "id": "d1", "name": "Book a call", "redirectTo": "https://d/book", "fieldKey": "{{trigger_link.d1}}", "formerNames": ["Call us"] },
              { "id": "d2", "name": "Parking", "fieldKey": "{{trigger_link.d2}}" }
            ], "deletedLinks": [ { "id": "d9", "name": "Spring sale", "fieldKey": "{{trigger_link.d9}}" } ] },
            { "name": "Uptown", "locationId": "LOC2", "links": [
              { "id": "u1", "name": "Book a call", "redirectTo": "https://u/book", "fieldKey": "{{trigger_link.u1}}" }
            ] }
          ]
        }
        """;

    /// <summary>
    /// Three locations whose shared links changed in some: "Book a call" renamed in Midtown and Uptown, "Review" deleted
    /// in Uptown, so <c>TriggerLinks.Location</c> keeps an obsolete member and an error member for them.
    /// </summary>
    public const string ChangedInSomeLocations = """
        {"schemaVersion":2,"locations":[
          {"name":"Downtown","locationId":"LOC1","links":[{"id":"d1","name":"Book a call"},{"id":"d2","name":"Review"}]},
          {"name":"Midtown","locationId":"LOC3","links":[{"id":"m1","name":"Book a visit","formerNames":["Book a call"]},{"id":"m2","name":"Review"}]},
          {"name":"Uptown","locationId":"LOC2","links":[{"id":"u1","name":"Book a visit","formerNames":["Book a call"]}],
           "deletedLinks":[{"id":"u2","name":"Review"}]}]}
        """;

    /// <summary>The generated class for <paramref name="namespace"/>, as a source file (C# 7.3 form).</summary>
    public static string TriggerLinksSource(string? @namespace) =>
        LinksGenerator.Generator.TriggerLinksSourceWriter.Write(@namespace, LinksGenerator.Catalog.LinkCatalogReader.Read(Json));
}
