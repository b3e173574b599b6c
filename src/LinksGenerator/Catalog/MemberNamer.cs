using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using LinksGenerator.Snapshot;

namespace LinksGenerator.Catalog;

/// <summary>
/// A member name chosen for a link, and why it differs from the plain PascalCase of the link's name (null if it does not).
/// A class, not a struct: a dictionary of reference types runs the framework's shared, precompiled code, where a
/// dictionary of a struct would be JIT-compiled in every fresh compiler process (docs/benchmarks.md, "Precompiled code").
/// </summary>
internal sealed record MemberName(string Value, string? ChangeReason);

/// <summary>
/// Turns link names into C# member names (docs/generated-code.md, "Member names"): PascalCase of the runs of letters and digits,
/// <c>_</c> before a leading digit, <c>Link_&lt;id&gt;</c> for names without a letter or digit, and <c>_&lt;id&gt;</c> on every
/// name that would collide. Decisions depend only on the set of links, never on their order.
/// </summary>
internal static class MemberNamer
{
    public const string ClassName = "TriggerLinks";
    public const string LocationIdMember = "LocationId";
    public const string AllMember = "All";

    private const string NoLetterOrDigit = "the name has no letter or digit";
    private const string NoUsableLetter = "the name's letters and digits are all outside what a C# name can hold (characters from U+10000 on)";
    private const string LeftOutLetters = "letters or digits a C# name cannot hold (characters from U+10000 on) were left out";

    /// <summary>Identifiers past this length are cut; the C# compiler rejects identifiers longer than 512 characters.</summary>
    public const int MaxBaseNameLength = 128;

    /// <summary>
    /// Names every link of <paramref name="scope"/>: the link <c>ids[i]</c> is called <c>names[i]</c>, and gets the
    /// member at index <c>i</c> of the result; the ids must be distinct and valid. (Two lists rather than a list of pairs:
    /// see <see cref="MemberName"/> on struct instantiations.)
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public static MemberName[] Assign(IReadOnlyList<string> ids, IReadOnlyList<string?> names, MemberScope scope)
    {
        // One pass names each link on its own and notes the names more than one link takes or the scope reserves.
        var members = new MemberName[ids.Count];
        var taken = new HashSet<string>(StringComparer.Ordinal);
        HashSet<string>? shared = null;
        bool anyReserved = false;
        var builder = new StringBuilder(32);
        for (int i = 0; i < ids.Count; i++)
        {
            MemberName candidate = BaseName(ids[i], names[i], builder);
            members[i] = candidate;
            if (!taken.Add(candidate.Value))
            {
                (shared ??= new HashSet<string>(StringComparer.Ordinal)).Add(candidate.Value);
            }
            else if (scope.ReservedNames.Contains(candidate.Value))
            {
                anyReserved = true;
            }
        }

        // The common case, every name distinct and free: nothing to append, nothing that could still meet.
        return shared is null && !anyReserved ? members : Disambiguate(ids, WithIdsAppended(ids, members, shared, scope), scope);
    }

    /// <summary>
    /// Every link whose name is taken more than once, or reserved, gets its id appended: all of them, not all but one,
    /// so that which link keeps the plain name never depends on order.
    /// </summary>
    private static MemberName[] WithIdsAppended(IReadOnlyList<string> ids, MemberName[] members, HashSet<string>? shared, MemberScope scope)
    {
        // The ids behind each shared name, sorted once, so LNK102 messages list the lowest ids without sorting per sharer.
        var sharers = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (int i = 0; i < members.Length; i++)
        {
            if (shared?.Contains(members[i].Value) == true)
            {
                if (!sharers.TryGetValue(members[i].Value, out List<string>? sharing))
                {
                    sharers.Add(members[i].Value, sharing = []);
                }

                sharing.Add(ids[i]);
            }
        }

        foreach (List<string> sharing in sharers.Values)
        {
            sharing.Sort(StringComparer.Ordinal);
        }

        var named = new MemberName[members.Length];
        for (int i = 0; i < members.Length; i++)
        {
            string baseName = members[i].Value;
            if (sharers.TryGetValue(baseName, out List<string>? sameName))
            {
                named[i] = new MemberName(baseName + "_" + IdSuffix(ids[i]), $"'{baseName}' is also the name of {DescribeOthers(sameName, ids[i])}");
            }
            else if (scope.ReservedNames.Contains(baseName))
            {
                named[i] = new MemberName(baseName + "_" + IdSuffix(ids[i]), $"'{baseName}' is a name {scope.Path} already uses");
            }
            else
            {
                named[i] = members[i];
            }
        }

        return named;
    }

    /// <summary>
    /// The appended ids can still meet (ids <c>a-b</c> and <c>a_b</c> both become <c>_a_b</c>): a last pass, in id order,
    /// numbers whatever is still taken. Unreachable for real HighLevel ids, but hostile snapshots must still compile.
    /// </summary>
    private static MemberName[] Disambiguate(IReadOnlyList<string> ids, MemberName[] named, MemberScope scope)
    {
        var used = new HashSet<string>(scope.ReservedNames, StringComparer.Ordinal);
        var nextNumber = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new MemberName[named.Length];
        int[] inIdOrder = Enumerable.Range(0, ids.Count).ToArray();
        Array.Sort(inIdOrder, (a, b) => string.CompareOrdinal(ids[a], ids[b]));
        foreach (int i in inIdOrder)
        {
            MemberName name = named[i];
            if (used.Add(name.Value))
            {
                result[i] = name;
                continue;
            }

            // Remember where numbering stopped for each name, so many equal names stay linear, not quadratic.
            int n = nextNumber.TryGetValue(name.Value, out int next) ? next : 2;
            while (!used.Add(name.Value + "_" + n))
            {
                n++;
            }

            nextNumber[name.Value] = n + 1;
            result[i] = new MemberName(name.Value + "_" + n, $"'{name.Value}' is taken by another link");
        }

        return result;
    }

    /// <summary>Names at most three of the other links sharing a name (<paramref name="sharers"/> is sorted), so thousands of equal names stay linear.</summary>
    private static string DescribeOthers(List<string> sharers, string self)
    {
        const int Shown = 3;
        var others = sharers.Where(id => id != self).Take(Shown).ToList();
        int rest = sharers.Count - 1 - others.Count;
        string list = "link " + string.Join(", ", others);
        return rest > 0 ? $"{list} and {rest} more" : list;
    }

    /// <summary>
    /// The nested class a location of a many-location snapshot becomes: the PascalCase of its name, like a link's
    /// member; null when the name has no letter or digit (and so makes no identifier).
    /// </summary>
    public static string? LocationClassName(string name)
    {
        MemberName member = BaseName("", name);
        return member.ChangeReason is NoLetterOrDigit or NoUsableLetter ? null : member.Value;
    }

    /// <summary>The name a link gets on its own, before collisions are considered.</summary>
    [MethodImpl(HotPath.Optimized)]
    internal static MemberName BaseName(string id, string? name) => BaseName(id, name, new StringBuilder());

    /// <summary><see cref="BaseName(string, string?)"/> with a builder to reuse (naming 10,000 links allocates 10,000 fewer).</summary>
    [MethodImpl(HotPath.Optimized)]
    private static MemberName BaseName(string id, string? name, StringBuilder builder)
    {
        builder.Clear();
        bool startOfRun = true;
        bool leftOutLetter = false;
        string text = Normalized(name ?? string.Empty);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];

            // Characters Unicode says to show as nothing, which C# would take into an identifier all the same: a member
            // "Step2\uFE0F" (from a keycap emoji's variation selector) looks like Step2 and is not what anyone types. Marks
            // of that kind are left out as if not there; the blank letters (Hangul fillers) read as the space they look like.
            if (UnsafeText.IsInvisibleLetterOrMark(c))
            {
                startOfRun |= IsBlankLetter(c);
                continue;
            }

            // A combining mark that normalization left (the vowel signs of Indic scripts, an accent no precomposed letter
            // carries) belongs to the letter before it, and C# takes it in an identifier after the first character: kept,
            // so "बुक करें" is बुककरें, not बुककर. It neither starts nor ends a run; one written after a space or a symbol
            // belongs to no letter, and is left out.
            if (IsCombiningMark(c))
            {
                if (builder.Length > 0 && !startOfRun)
                {
                    builder.Append(c);
                }

                continue;
            }

            // char-level tests on purpose: C# identifiers cannot contain characters outside the BMP, so surrogate
            // pairs (emoji, rare scripts) separate runs like spaces and punctuation do. A letter or digit among them is
            // left out of the name, and the name is reported as changed.
            if (!char.IsLetterOrDigit(c))
            {
                leftOutLetter |= char.IsHighSurrogate(c) && char.IsLetterOrDigit(text, i);
                startOfRun = true;
                continue;
            }

            builder.Append(startOfRun ? char.ToUpperInvariant(c) : c);
            startOfRun = false;
        }

        if (builder.Length == 0)
        {
            return new MemberName("Link_" + IdSuffix(id), leftOutLetter ? NoUsableLetter : NoLetterOrDigit);
        }

        // Upper-casing can undo the normal form: "i̇" (i + U+0307, which no precomposed small letter carries) becomes
        // I + U+0307, which composes to the İ (U+0130) another link's name may hold, and two members would look the same.
        ComposeAgain(builder);

        string? reason = leftOutLetter ? LeftOutLetters : null;
        if (builder.Length > MaxBaseNameLength)
        {
            builder.Length = MaxBaseNameLength;
            reason = $"the name is longer than {MaxBaseNameLength} letters and digits";
        }

        if (char.IsDigit(builder[0]))
        {
            builder.Insert(0, '_');
            reason ??= "the name starts with a digit";
        }

        string candidate = builder.ToString();

        // A safety net for letters C# does not accept in identifiers; char.IsLetterOrDigit and the language agree today.
        if (!IsValidIdentifier(candidate))
        {
            return new MemberName("Link_" + IdSuffix(id), "the name is not a valid C# identifier");
        }

        return new MemberName(candidate, reason);
    }

    /// <summary>
    /// The name in Unicode's compatibility composed form (NFKC, what Unicode recommends for comparing identifiers). The
    /// compiler compares identifiers code unit by code unit, so "Résumé" written with a precomposed é and written as
    /// e + U+0301 would be two members that look identical, and the one the user types (keyboards type composed text)
    /// might not be the one generated; and the styled letters marketers paste (𝐁𝐨𝐨𝐤, ＢＯＯＫ) would be left out or kept
    /// as letters nobody types. Normalized, they are Résumé and Book.
    /// </summary>
    private static string Normalized(string name)
    {
        foreach (char c in name)
        {
            if (c > '\u007F')
            {
                // A name with a lone surrogate has no normal form (Normalize throws). Snapshots refuse them (LNK100), but
                // naming must not throw whatever it is given: such a name keeps its spelling.
                try
                {
                    return name.Normalize(NormalizationForm.FormKC);
                }
                catch (ArgumentException)
                {
                    return name;
                }
            }
        }

        return name; // ASCII is already normalized.
    }

    /// <summary><paramref name="builder"/>'s text in its normal form (<see cref="Normalized"/>) again, where that differs; ASCII is left alone, uncopied.</summary>
    private static void ComposeAgain(StringBuilder builder)
    {
        for (int i = 0; i < builder.Length; i++)
        {
            if (builder[i] > '\u007F')
            {
                string text = builder.ToString();
                string normalized = Normalized(text);
                if (!string.Equals(normalized, text, StringComparison.Ordinal))
                {
                    builder.Clear().Append(normalized);
                }

                return;
            }
        }
    }

    /// <summary>
    /// The C# identifier grammar for the characters a member name can hold (no escapes, no keywords: PascalCase names are
    /// never keywords). Written out rather than taken from Roslyn so this folder compiles into ghl-links too; a test holds
    /// it to Roslyn's <c>SyntaxFacts.IsValidIdentifier</c>.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    internal static bool IsValidIdentifier(string name)
    {
        if (IsAsciiIdentifier(name))
        {
            return true; // Nearly every name: no Unicode categories to look up.
        }

        if (name.Length == 0 || !(name[0] == '_' || IsLetter(CharUnicodeInfo.GetUnicodeCategory(name[0]))))
        {
            return false;
        }

        for (int i = 1; i < name.Length; i++)
        {
            UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(name[i]);
            bool part = IsLetter(category) || category is UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation
                or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.Format;
            if (!part)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An ASCII letter or <c>_</c>, then ASCII letters, digits and <c>_</c>: valid without asking Unicode.</summary>
    [MethodImpl(HotPath.Optimized)]
    private static bool IsAsciiIdentifier(string name)
    {
        if (name.Length == 0 || IsAsciiDigit(name[0]))
        {
            return false;
        }

        foreach (char c in name)
        {
            if (!(IsAsciiDigit(c) || c == '_' || (c | 0x20) is >= 'a' and <= 'z'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

    /// <summary>The Hangul fillers, letters that show as a blank (U+3164 and U+FFA0 are U+1160 once normalized).</summary>
    private static bool IsBlankLetter(char c) => c is '\u115F' or '\u1160' or '\u3164' or '\uFFA0';

    /// <summary>A nonspacing or spacing combining mark (never ASCII, so ASCII names pay one comparison).</summary>
    private static bool IsCombiningMark(char c) =>
        c > '\u007F' && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsLetter(UnicodeCategory category) => category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
        or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber;

    /// <summary>An id made identifier-safe: ids may contain '-', identifiers may not.</summary>
    internal static string IdSuffix(string id) => id.Replace('-', '_');
}
