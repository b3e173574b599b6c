using LinksGenerator.Tool.Output;

namespace LinksGenerator.Tool.Tests.Units;

/// <summary>A URL quoted in a message (a --base-url refused, a redirect's address) never shows a password or a query.</summary>
public class ShownUrlTests
{
    [Theory]
    [InlineData("https://services.leadconnectorhq.com/links/", "\"https://services.leadconnectorhq.com/links/\"")]
    [InlineData("https://user:pw@host/p?api_key=secret#frag", "\"https://…@host/p?…\"")]
    [InlineData("//user:pw@other.example/p?secret", "\"//…@other.example/p?…\"")] // a scheme-relative redirect
    [InlineData("http://user:pass/with/slashes@host/", "\"http://…@host/\"")]
    [InlineData("http://user:p#ss?w@host/x", "\"http://…@host/x\"")]
    [InlineData("x:/\\user:pw@host", "\"…@host\"")]
    [InlineData("https://host/path#", "\"https://host/path#\"")]
    public void A_url_is_quoted_without_its_user_info_and_query(string url, string shown) =>
        Assert.Equal(shown, ShownUrl.Of(url));
}
