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

    [Theory]
    [InlineData("The proxy tunnel request to proxy 'http://proxyuser:Pr0xyPassw0rd@127.0.0.1:18490/' failed with status code '403'", "The proxy tunnel request to proxy 'http://…@127.0.0.1:18490/' failed with status code '403'")]
    [InlineData("via http://a:b@one/ and \"https://c@two:8080\" then ftp://three/x@y", "via http://…@one/ and \"https://…@two:8080\" then ftp://three/x@y")]
    [InlineData("user p@ss://host@x end", "user p@ss://…@x end")]
    [InlineData("no url here: a@b", "no url here: a@b")]
    [InlineData("ends at http://", "ends at http://")]
    public void A_url_in_a_message_loses_its_user_info_and_nothing_else(string text, string shown) =>
        Assert.Equal(shown, ShownUrl.WithoutCredentials(text));
}
