using System.Net.Http;
using System.Net.Http.Headers;
using LinksGenerator.Tool.HighLevel;

namespace LinksGenerator.Tool.Tests.Units;

/// <summary>The rule behind one request per attempt: a second send of a request is refused, unless a proxy asked for credentials.</summary>
public class OneSendPerAttemptTests
{
    [Fact]
    public void A_request_written_a_second_time_is_refused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://services.leadconnectorhq.com/links/");
        WriteHeaders(request);

        Assert.Throws<ClosedWithoutAnswerException>(() => OneSendPerAttempt.Watch("Authorization", request));
    }

    [Fact]
    public void A_second_send_with_new_proxy_credentials_answers_a_407_and_goes_out()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://proxy-only.internal/links/");
        WriteHeaders(request);

        request.Headers.ProxyAuthorization = new AuthenticationHeaderValue("Basic", "dXNlcjpwYXNz");
        WriteHeaders(request);

        Assert.Throws<ClosedWithoutAnswerException>(() => OneSendPerAttempt.Watch("Accept", request));
    }

    private static void WriteHeaders(HttpRequestMessage request)
    {
        foreach (string name in new[] { "Authorization", "Version", "Accept", "User-Agent" })
        {
            Assert.Null(OneSendPerAttempt.Watch(name, request));
        }
    }
}
