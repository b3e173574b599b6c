using System.Threading.Tasks;
using LinksGenerator.Generator;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace LinksGenerator.Tests.Generator;

public class SmokeTests
{
    [Fact]
    public async Task Generates()
    {
        var test = new CSharpSourceGeneratorTest<TriggerLinksGenerator, DefaultVerifier>
        {
            TestState =
            {
                Sources = { "class C { string s = TriggerLinks.FirstTag; }" },
                AdditionalFiles = { ("/0/links.snapshot.json", "{\"schemaVersion\":1,\"locationId\":\"loc\",\"links\":[{\"id\":\"abc\",\"name\":\"first tag\",\"redirectTo\":\"https://x/\",\"fieldKey\":\"{{trigger_link.abc}}\"}]}") },
            },
            TestBehaviors = TestBehaviors.SkipGeneratedSourcesCheck,
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
        };
        await test.RunAsync();
    }
}
