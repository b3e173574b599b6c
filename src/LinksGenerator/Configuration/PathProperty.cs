using System.Text;

namespace LinksGenerator.Configuration;

/// <summary>
/// Reads a path (or the namespace) the package's targets pass as a compiler-visible property. The compiler reads those from a global
/// config, where <c>#</c> and <c>;</c> start a comment and cut the value short (a project under <c>C#/</c> is common),
/// so the targets write <c>#</c> as <c>|h</c>, <c>;</c> as <c>|s</c> and <c>|</c> as <c>||</c>
/// (buildTransitive/LinksGenerator.targets); this undoes it.
/// </summary>
internal static class PathProperty
{
    public static string Decode(string value)
    {
        if (value.IndexOf('|') < 0)
        {
            return value;
        }

        var decoded = new StringBuilder(value.Length);
        for (int i = 0; i < value.Length; i++)
        {
            char next = i + 1 < value.Length ? value[i + 1] : '\0';
            char? escaped = value[i] != '|' ? null : next switch { 'h' => '#', 's' => ';', '|' => '|', _ => null };
            decoded.Append(escaped ?? value[i]);
            i += escaped is null ? 0 : 1;
        }

        return decoded.ToString();
    }
}
