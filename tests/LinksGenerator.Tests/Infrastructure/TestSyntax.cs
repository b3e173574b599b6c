namespace LinksGenerator.Tests.Infrastructure;

/// <summary>
/// Language names for <c>[StringSyntax]</c> on the test helpers, so the
/// IDE colours the C# inside test strings. "C#-test" is Roslyn's name for C# with test markup (<c>{|LNK001:…|}</c>).
/// </summary>
internal static class TestSyntax
{
    public const string CSharp = "C#";
    public const string CSharpTest = "C#-test";
}
