using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Linq;

namespace LinksGenerator.Tool.Cli;

/// <summary>
/// An option its command does not have (<c>pull --locaton-id x</c>, <c>check --output x</c>, <c>check --forget-history</c>):
/// one error that names the option meant, instead of System.CommandLine's "Unrecognized command or argument" for the
/// option and again for its value. The option meant is, in this order: the command's name for an option another command
/// calls by what was typed (<c>pull</c> writes <c>--output</c>, also <c>--snapshot</c>; <c>check</c> reads <c>--snapshot</c>);
/// one of the command's own a letter or two away; the command's name for another command's option a letter or two away
/// (<c>check --outptu</c>); another command's option, typed right or nearly, that this command has no counterpart of.
/// </summary>
internal static class MistypedOption
{
    /// <summary>The options the user meant, and the error that replaces System.CommandLine's for each word that mistyped one.</summary>
    /// <param name="Rewordings">For each unrecognized word that is a mistyped option, its error; <see langword="null"/> for the value after it, whose error goes.</param>
    /// <param name="Meant">The command's own options the mistyped words meant: "Option '--name' is required" is no news after "did you mean '--name'?".</param>
    public sealed record Found(IReadOnlyDictionary<string, string?> Rewordings, IReadOnlySet<Option> Meant);

    /// <summary>What the unrecognized words of <paramref name="parsed"/> that look like options meant.</summary>
    public static Found In(ParseResult parsed)
    {
        var rewordings = new Dictionary<string, string?>(StringComparer.Ordinal);
        var meant = new HashSet<Option>();
        Command command = parsed.CommandResult.Command;
        if (command == parsed.RootCommandResult.Command)
        {
            return new Found(rewordings, meant);
        }

        IReadOnlyList<string> unmatched = parsed.UnmatchedTokens;
        for (int i = 0; i < unmatched.Count; i++)
        {
            string typed = unmatched[i];
            if (!typed.StartsWith('-') || Meaning(command, parsed.RootCommandResult.Command, typed, Place(parsed.Tokens, typed)) is not { } meaning)
            {
                continue;
            }

            rewordings[typed] = meaning.Error;
            if (meaning.Ours is not null)
            {
                meant.Add(meaning.Ours);
            }

            // The value meant for it: "--locaton-id x" is one mistake, not two ("--locaton-id=x" carries its own).
            if (meaning.TakesValue && Name(typed) == typed && i + 1 < unmatched.Count && !unmatched[i + 1].StartsWith('-') && Follows(parsed.Tokens, typed, unmatched[i + 1]))
            {
                rewordings.TryAdd(unmatched[i + 1], null);
                i++;
            }
        }

        return new Found(rewordings, meant);
    }

    /// <summary>
    /// The error for <paramref name="typed"/>, a word like an option that <paramref name="command"/> does not have:
    /// "'--snapshto' is not an option of ghl-links lint: did you mean '--snapshot'?", or without a suggestion when none is near.
    /// </summary>
    public static string Error(Command command, Command root, string typed) =>
        Meaning(command, root, typed, WordPlace.AmongOptions)?.Error ?? NotAnOption(command, typed);

    /// <summary>System.CommandLine's error for a word it could not place, as the error to replace is found by.</summary>
    public static string Unrecognized(string word) => $"Unrecognized command or argument '{word}'.";

    /// <summary>What a word like an option meant, and the error saying so.</summary>
    /// <param name="Error">The whole error.</param>
    /// <param name="TakesValue">Whether the option meant takes a value, which then follows it on the command line.</param>
    /// <param name="Ours">The command's own option meant; null when it is another command's only.</param>
    private sealed record Meant(string Error, bool TakesValue, Option? Ours);

    /// <summary>Where a word that was left unparsed stands: among the command's options, before the command, or after "--".</summary>
    private enum WordPlace
    {
        AmongOptions,
        BeforeCommand,
        AfterDoubleDash,
    }

    /// <summary>Where <paramref name="typed"/> first stands among <paramref name="tokens"/>.</summary>
    private static WordPlace Place(IReadOnlyList<Token> tokens, string typed)
    {
        bool commandSeen = false;
        foreach (Token token in tokens)
        {
            if (token.Type == TokenType.DoubleDash)
            {
                return WordPlace.AfterDoubleDash; // met before the word: the word came after it
            }

            if (token.Value == typed)
            {
                return commandSeen ? WordPlace.AmongOptions : WordPlace.BeforeCommand;
            }

            commandSeen |= token.Type == TokenType.Command;
        }

        return WordPlace.AmongOptions;
    }

    private static Meant? Meaning(Command command, Command root, string typed, WordPlace place)
    {
        // After "--" every word is an argument, and only lint takes any (its paths, never left unparsed): a word there
        // that looks like an option, typed right or not, is one put in the wrong place.
        if (place == WordPlace.AfterDoubleDash)
        {
            return new Meant($"'{typed}' follows '--', after which every word is an argument, and ghl-links {command.Name} takes none: put options before '--'", TakesValue: true, null);
        }

        // "--locaton-id=x" and "--locaton-id:x" name their option before the separator, as System.CommandLine reads them.
        string name = Name(typed);
        string lower = name.ToLowerInvariant();
        var ours = Names(command).ToList();
        var theirs = root.Subcommands.Where(c => c != command).SelectMany(c => Names(c).Select(n => (Command: c, n.Option, n.Name))).ToList();

        // An option of ghl-links itself (pull --version).
        if (root.Options.FirstOrDefault(o => o.Name == lower || o.Aliases.Contains(lower)) is { } rootOption)
        {
            return new Meant($"'{name}' is an option of ghl-links itself, not of {command.Name}: run 'ghl-links {rootOption.Name}'", TakesValue(rootOption), null);
        }

        // Another command's name, typed right, for one of this command's options.
        foreach (var their in theirs.Where(t => t.Name == lower))
        {
            if (Counterpart(their.Option, ours, lower) is { } counterpart)
            {
                return Suggest(counterpart, $" ('{their.Name}' is {their.Command.Name}'s name for it)");
            }
        }

        // One of this command's own, typed right: left unparsed only before the command's name (ghl-links --location-id x pull).
        if (ours.FirstOrDefault(n => n.Name == name) is { Option: not null } exact)
        {
            return new Meant($"'{name}' comes before the command: write it after '{command.Name}' (ghl-links {command.Name} {name} …)", TakesValue(exact.Option), exact.Option);
        }

        // One of this command's own, nearly typed.
        if (Nearest(ours, lower) is { } own)
        {
            return Suggest(own, "");
        }

        // Another command's name for one of this command's options, nearly typed: check --outptu.
        foreach (var their in theirs.Where(t => EditDistance.Near(lower, t.Name)).OrderBy(t => EditDistance.Between(lower, t.Name)))
        {
            if (Counterpart(their.Option, ours, their.Name) is { } counterpart)
            {
                return Suggest(counterpart, $" ('{their.Name}' is {their.Command.Name}'s name for it)");
            }
        }

        // Another command's option that this one has no counterpart of, typed right or nearly.
        if (theirs.Where(t => EditDistance.Near(lower, t.Name)).OrderBy(t => EditDistance.Between(lower, t.Name)).FirstOrDefault() is { Option: not null } elsewhere)
        {
            string error = elsewhere.Name == lower
                ? $"'{name}' is an option of ghl-links {elsewhere.Command.Name}, not {command.Name}"
                : $"{NotAnOption(command, name)} (ghl-links {elsewhere.Command.Name} has '{elsewhere.Name}')";
            return new Meant(error, TakesValue(elsewhere.Option), null);
        }

        return null;

        Meant Suggest((Option Option, string Name) meant, string reason) =>
            new($"{NotAnOption(command, name)}: did you mean '{meant.Name}'?{reason}", TakesValue(meant.Option), meant.Option);
    }

    private static string NotAnOption(Command command, string name) => $"'{name}' is not an option of ghl-links {command.Name}";

    /// <summary>The name part of an option word: "--location-id" of "--location-id=x".</summary>
    private static string Name(string typed) => typed.IndexOfAny(['=', ':']) is > 0 and var end ? typed[..end] : typed;

    /// <summary>Every name and alias of <paramref name="command"/>'s options.</summary>
    private static IEnumerable<(Option Option, string Name)> Names(Command command) =>
        command.Options.SelectMany(o => o.Aliases.Prepend(o.Name).Select(n => (Option: o, Name: n))).Where(n => n.Name.StartsWith('-'));

    /// <summary>The name among <paramref name="ours"/>, other than <paramref name="typed"/>, of an option that also answers to one of <paramref name="theirs"/>' names.</summary>
    private static (Option Option, string Name)? Counterpart(Option theirs, List<(Option Option, string Name)> ours, string typed) =>
        ours.Where(n => n.Name != typed && (theirs.Name == n.Name || theirs.Aliases.Contains(n.Name))).Select(n => ((Option, string)?)n).FirstOrDefault();

    private static (Option Option, string Name)? Nearest(List<(Option Option, string Name)> names, string lower) =>
        names.Where(n => EditDistance.Near(lower, n.Name)).OrderBy(n => EditDistance.Between(lower, n.Name)).Select(n => ((Option, string)?)n).FirstOrDefault();

    private static bool TakesValue(Option option) => option.Arity.MaximumNumberOfValues > 0 && option.ValueType != typeof(bool);

    /// <summary>Whether <paramref name="value"/> is the word right after <paramref name="option"/> on the command line.</summary>
    private static bool Follows(IReadOnlyList<Token> tokens, string option, string value)
    {
        for (int i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Value == option)
            {
                return i + 1 < tokens.Count && tokens[i + 1].Value == value;
            }
        }

        return false;
    }
}
