using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace LinksGenerator.Snapshot;

/// <summary>
/// The reading of <see cref="SnapshotReader"/>, over text in units of <typeparamref name="TText"/>. This half reads the
/// snapshot's schema (the root, locations, links and their history); the other, <c>SnapshotReader.JsonGrammar.cs</c>,
/// is the strict JSON underneath it (objects, arrays, strings, numbers, and what a wrong character is called).
/// </summary>
internal sealed partial class SnapshotReader<TText>
    where TText : struct, ISnapshotText
{
    private readonly TText _text;
    private readonly List<ObjectKeys> _keysByDepth = new();
    private readonly StringBuilder _builder = new();
    private readonly List<SnapshotProblem> _problems = new();
    private readonly SharedStrings _sharedNames = new();
    private readonly SharedStrings? _sharedValues;
    private int _pos;
    private int _depth;

    private SnapshotReader(TText text, bool shareRepeatedText)
    {
        _text = text;
        // Property names repeat in every link, so they are always shared (which saves a string per property); values
        // repeat only in cloned locations, so they are judged apart.
        _sharedValues = shareRepeatedText ? new SharedStrings() : null;
    }

    /// <summary>The document <paramref name="text"/> holds; a <see cref="SnapshotSyntaxException"/> says why not.</summary>
    public static SnapshotDocument ReadDocument(TText text, bool shareRepeatedText) => new SnapshotReader<TText>(text, shareRepeatedText).ReadDocument();

    private SnapshotDocument ReadDocument()
    {
        // Editors on Windows like to save a BOM; it carries no meaning, so it is skipped like a file reader would.
        _pos = _text.ByteOrderMarkLength;

        SkipWhitespace();
        if (_pos >= _text.Length)
        {
            throw Fail("the snapshot is empty; expected a JSON object such as {\"schemaVersion\": 1, \"links\": []}");
        }

        if (_text[_pos] != '{')
        {
            throw Fail($"the snapshot must be a JSON object, found {DescribeNext()}");
        }

        SnapshotDocument document = ReadRoot();
        SkipWhitespace();
        if (_pos < _text.Length)
        {
            throw Fail($"found {DescribeNext()} after the end of the snapshot object, which must be the whole file");
        }

        return document;
    }

    private SnapshotDocument ReadRoot()
    {
        int rootStart = _pos;
        int? schemaVersion = null;
        string? locationId = null;
        TextRange? locationIdRange = null;
        List<SnapshotLink>? links = null;
        List<SnapshotLocation>? locations = null;
        int locationsAt = rootStart;
        List<SnapshotLink> deletedLinks = [];
        int deletedLinksAt = rootStart;

        ReadObject(propertyName =>
        {
            switch (propertyName)
            {
                case SnapshotFormat.SchemaVersionProperty:
                    schemaVersion = ReadSchemaVersion();
                    break;
                case SnapshotFormat.LocationIdProperty:
                    (locationId, locationIdRange) = ReadOptionalString(propertyName);
                    break;
                case SnapshotFormat.LinksProperty:
                    RefuseBothForms(locations is not null);
                    links = ReadLinks();
                    break;
                case SnapshotFormat.LocationsProperty:
                    RefuseBothForms(links is not null);
                    locationsAt = _pos;
                    locations = ReadLocations();
                    break;
                case SnapshotFormat.DeletedLinksProperty:
                    deletedLinksAt = _pos;
                    deletedLinks = ReadDeletedLinks();
                    break;
                default:
                    SkipValue();
                    break;
            }
        });

        if (locations is not null)
        {
            if (deletedLinks.Count > 0)
            {
                // History is memory: kept where it means something (in each location), skipped with a problem here.
                _problems.Add(new SnapshotProblem("a top-level \"deletedLinks\" is skipped: in a snapshot with \"locations\", each location keeps its own", new TextRange(deletedLinksAt, 1)));
            }

            return new SnapshotDocument(schemaVersion, null, [], [], _problems.ToArray(), locations) { LocationsRange = new TextRange(locationsAt, 1) };
        }

        if (links is null)
        {
            throw new SnapshotSyntaxException(rootStart, "the snapshot has no \"links\" array (nor \"locations\", for many locations)");
        }

        return new SnapshotDocument(schemaVersion, locationId, links, deletedLinks, _problems.ToArray()) { LocationIdRange = locationIdRange };
    }

    /// <summary>A snapshot holds one location (<c>links</c>) or many (<c>locations</c>): never both, which would be ambiguous.</summary>
    private void RefuseBothForms(bool otherFormSeen)
    {
        if (otherFormSeen)
        {
            throw Fail("a snapshot has either \"links\" (one location) or \"locations\" (many), not both");
        }
    }

    private List<SnapshotLocation> ReadLocations()
    {
        if (Peek() != '[')
        {
            throw Fail($"\"locations\" must be an array, found {DescribeNext()}");
        }

        var locations = new List<SnapshotLocation>();
        ReadArray(() =>
        {
            if (Peek() != '{')
            {
                throw Fail($"each entry of \"locations\" must be an object, found {DescribeNext()}");
            }

            locations.Add(ReadLocation());
        });
        return locations;
    }

    private SnapshotLocation ReadLocation()
    {
        int start = _pos;
        string? name = null, locationId = null;
        TextRange? nameRange = null;
        List<SnapshotLink>? links = null;
        List<SnapshotLink> deletedLinks = [];

        ReadObject(propertyName =>
        {
            switch (propertyName)
            {
                case SnapshotFormat.LocationNameProperty:
                    (name, nameRange) = ReadOptionalString(propertyName);
                    break;
                case SnapshotFormat.LocationIdProperty:
                    (locationId, _) = ReadOptionalString(propertyName);
                    break;
                case SnapshotFormat.LinksProperty:
                    links = ReadLinks();
                    break;
                case SnapshotFormat.DeletedLinksProperty:
                    deletedLinks = ReadDeletedLinks();
                    break;
                default:
                    SkipValue();
                    break;
            }
        });

        if (links is null)
        {
            throw new SnapshotSyntaxException(start, "a location has no \"links\" array");
        }

        return new SnapshotLocation(name, locationId, links, deletedLinks, new TextRange(start, _pos - start), nameRange);
    }

    [MethodImpl(HotPath.Optimized)]
    private List<SnapshotLink> ReadLinks()
    {
        if (Peek() != '[')
        {
            throw Fail($"\"links\" must be an array, found {DescribeNext()}");
        }

        var links = new List<SnapshotLink>();
        ReadArray(() =>
        {
            if (Peek() != '{')
            {
                throw Fail($"each entry of \"links\" must be an object, found {DescribeNext()}");
            }

            links.Add(ReadLink());
        });
        return links;
    }

    /// <summary>
    /// <c>deletedLinks</c>: history, so read leniently. The list or an entry of the wrong shape is skipped with a
    /// problem (LNK101) instead of failing the file; JSON that is not well-formed still fails it.
    /// </summary>
    private List<SnapshotLink> ReadDeletedLinks()
    {
        var deleted = new List<SnapshotLink>();
        if (TryReadNull())
        {
            return deleted;
        }

        ReadLeniently(
            () =>
            {
                if (Peek() != '[')
                {
                    throw Shape($"\"deletedLinks\" must be an array of links, found {DescribeNext()}");
                }

                ReadArray(() => ReadLeniently(
                    () =>
                    {
                        if (Peek() != '{')
                        {
                            throw Shape($"each entry of \"deletedLinks\" must be an object, found {DescribeNext()}");
                        }

                        deleted.Add(ReadLink());
                    },
                    problem => $"an entry of \"deletedLinks\" is skipped: {problem}"));
            },
            problem => $"\"deletedLinks\" is skipped: {problem}");
        return deleted;
    }

    [MethodImpl(HotPath.Optimized)]
    private SnapshotLink ReadLink()
    {
        int start = _pos;
        string? id = null, underscoreId = null, name = null, redirectTo = null, fieldKey = null, locationId = null;
        TextRange? idRange = null, underscoreIdRange = null, nameRange = null, fieldKeyRange = null, formerNamesRange = null;
        IReadOnlyList<string> formerNames = Array.Empty<string>();
        IReadOnlyList<TextRange>? formerNameRanges = null;

        ObjectKeys keys = EnterObject();
        bool first = true;
        while (NextProperty(keys, ref first) is { } propertyName)
        {
            switch (propertyName)
            {
                case SnapshotFormat.IdProperty:
                    (id, idRange) = ReadOptionalString(propertyName);
                    break;
                case SnapshotFormat.UnderscoreIdProperty:
                    (underscoreId, underscoreIdRange) = ReadOptionalString(propertyName);
                    break;
                case SnapshotFormat.NameProperty:
                    (name, nameRange) = ReadOptionalString(propertyName, share: true);
                    break;
                case SnapshotFormat.RedirectToProperty:
                    (redirectTo, _) = ReadOptionalString(propertyName, share: true);
                    break;
                case SnapshotFormat.FieldKeyProperty:
                    (fieldKey, fieldKeyRange) = ReadOptionalString(propertyName);
                    break;
                case SnapshotFormat.LocationIdProperty:
                    (locationId, _) = ReadOptionalString(propertyName, share: true);
                    break;
                case SnapshotFormat.FormerNamesProperty:
                    (formerNames, formerNamesRange, formerNameRanges) = ReadFormerNames();
                    break;
                default:
                    SkipValue();
                    break;
            }
        }

        if (id is null)
        {
            (id, idRange) = (underscoreId, underscoreIdRange);
        }

        return new SnapshotLink(id, name, redirectTo, fieldKey, locationId, formerNames, new TextRange(start, _pos - start), idRange, nameRange, fieldKeyRange, formerNamesRange, formerNameRanges);
    }

    /// <summary>
    /// <c>formerNames</c>: history, so an array of the wrong shape is skipped with a problem (LNK101). Each name's place is
    /// kept, so a problem with one name (listed twice, say) points at it rather than at the array.
    /// </summary>
    private (IReadOnlyList<string> Names, TextRange? Range, IReadOnlyList<TextRange>? NameRanges) ReadFormerNames()
    {
        var names = new List<string>();
        if (TryReadNull())
        {
            return (names, null, null);
        }

        var nameRanges = new List<TextRange>();
        int start = _pos;
        bool read = ReadLeniently(
            () =>
            {
                if (Peek() != '[')
                {
                    throw Shape($"\"formerNames\" must be an array of strings, found {DescribeNext()}");
                }

                ReadArray(() =>
                {
                    if (Peek() != '"')
                    {
                        throw Shape($"each entry of \"formerNames\" must be a string, found {DescribeNext()}");
                    }

                    int nameStart = _pos;
                    names.Add(ReadString(_sharedValues));
                    nameRanges.Add(new TextRange(nameStart, _pos - nameStart));
                });
            },
            problem => $"\"formerNames\" is skipped: {problem}");
        return read ? (names, new TextRange(start, _pos - start), nameRanges) : (Array.Empty<string>(), null, null);
    }

    /// <summary>
    /// Runs <paramref name="read"/> on the value at the cursor. When the value is well-formed JSON of the wrong shape,
    /// it is skipped instead, and a problem (worded by <paramref name="describe"/>) is recorded where it starts.
    /// Returns whether the value was read.
    /// </summary>
    private bool ReadLeniently(Action read, Func<string, string> describe)
    {
        int start = _pos;
        int depth = _depth;
        int problems = _problems.Count;
        try
        {
            read();
            return true;
        }
        catch (SnapshotShapeException e)
        {
            // Start over at the value: it is skipped as plain JSON, which still fails the file if it is not well-formed.
            _pos = start;
            _depth = depth;
            _problems.RemoveRange(problems, _problems.Count - problems);
            SkipValue();
            _problems.Add(new SnapshotProblem(describe(e.Message), new TextRange(start, _pos - start)));
            return false;
        }
    }

    private int? ReadSchemaVersion()
    {
        if (TryReadNull())
        {
            return null;
        }

        int start = _pos;
        char c = Peek();
        if (c != '-' && (c < '0' || c > '9'))
        {
            throw Fail($"\"schemaVersion\" must be a whole number, found {DescribeNext()}");
        }

        SkipNumber();
        string digits = _text.Slice(start, _pos - start);
        bool parsed = int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int version);
        if (parsed ? version > SnapshotFormat.NewestSchemaVersion : IsWholeNumberFromOne(digits))
        {
            // Any whole number above the newest, however many digits it has, is a version from the future.
            string shown = digits.Length > 20 ? digits.Remove(20) + "…" : digits;
            throw new NewerSchemaException(
                start,
                $"it was written by a newer ghl-links (schemaVersion {shown}; this version reads 1 to {SnapshotFormat.NewestSchemaVersion}): update LinksGenerator and LinksGenerator.Tool");
        }

        if (!parsed || version < 1)
        {
            // 1.0 and 1e0 are the number 1 to JSON, but no writer of the format spells it so: "a whole number, found 1.0" would read as a contradiction.
            string spelling = double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && value >= 1 && value == System.Math.Floor(value)
                ? ", written with digits only (1, not 1.0 or 1e0)"
                : "";
            throw new SnapshotSyntaxException(start, $"\"schemaVersion\" must be a whole number from 1 up{spelling}, found {digits}");
        }

        return version;
    }

    /// <summary>Digits only, not all zeros: a whole number from 1 up, of any size.</summary>
    private static bool IsWholeNumberFromOne(string digits)
    {
        bool nonZero = false;
        foreach (char c in digits)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }

            nonZero |= c != '0';
        }

        return nonZero;
    }

    [MethodImpl(HotPath.Optimized)]
    private (string? Value, TextRange? Range) ReadOptionalString(string propertyName, bool share = false)
    {
        if (TryReadNull())
        {
            return (null, null);
        }

        if (Peek() != '"')
        {
            throw Shape($"\"{propertyName}\" must be a string or null, found {DescribeNext()}");
        }

        int start = _pos;
        string value = ReadString(share ? _sharedValues : null);
        return (value, new TextRange(start, _pos - start));
    }
}
