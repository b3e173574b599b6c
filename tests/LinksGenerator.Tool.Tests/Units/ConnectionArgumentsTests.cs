using System;
using LinksGenerator.Tool.Commands;

namespace LinksGenerator.Tool.Tests.Units;

/// <summary>The connection options check's advice repeats in the pull it suggests: only those given, each one shell word.</summary>
public class ConnectionArgumentsTests
{
    private static readonly ConnectionSettings Defaults =
        new(null, "https://services.leadconnectorhq.com", "GHL_TOKEN", TimeSpan.FromSeconds(30), [], null);

    [Fact]
    public void Defaults_add_nothing() => Assert.Equal("", Defaults.AsArguments());

    [Fact]
    public void Every_option_that_differs_from_its_default_is_repeated_in_the_order_of_the_help()
    {
        ConnectionSettings settings = Defaults with
        {
            LocationId = "ve9EPM428h8vShlRW1KT",
            Locations = ["Downtown", "Down town=LOC2"],
            CompanyId = "Cmp7Agency0000000001",
            BaseUrl = "https://proxy.example.com/highlevel",
            TokenVariable = "UPTOWN_TOKEN",
            Timeout = TimeSpan.FromSeconds(0.5 + 90),
        };

        Assert.Equal(
            " --location-id ve9EPM428h8vShlRW1KT --location Downtown --location \"Down town=LOC2\" --company-id Cmp7Agency0000000001" +
            " --base-url https://proxy.example.com/highlevel --token-env UPTOWN_TOKEN --timeout 90.5",
            settings.AsArguments());
    }

    [Fact]
    public void A_value_a_shell_would_expand_is_quoted() =>
        Assert.Equal(
            System.OperatingSystem.IsWindows() ? " --location \"Tom's \\$shop\"" : @" --location 'Tom'\''s $shop'",
            (Defaults with { Locations = ["Tom's $shop"] }).AsArguments());
}
