using System;
using System.Linq;
using System.Text;
using LinksGenerator.Tool.HighLevel;
using LinksGenerator.Tool.Output;

namespace LinksGenerator.Tool.Tests.Units;

public class OutputTests
{
    private const string Secret = "pit-1234abcd-secret";

    [Fact]
    public void A_reason_phrase_stays_on_one_line_and_drives_no_terminal()
    {
        Assert.Equal("400 Bad \\u001b[31m Thing\\nX", AttemptResult.StatusText(System.Net.HttpStatusCode.BadRequest, " Bad \u001b[31m Thing\nX "));
        Assert.Equal("429 Too Many Requests", AttemptResult.StatusText(System.Net.HttpStatusCode.TooManyRequests, null));
    }

    [Fact]
    public void Invisible_characters_beyond_the_basic_plane_are_shown_as_escapes_and_visible_ones_as_they_are()
    {
        // A rename to a name with plane 14's tags after it would read "Book a Call" -> "Book a Call".
        Assert.Equal("\"Book a Call\\udb40\\udc68\\udb40\\udc69\"", Printable.Quote("Book a Call\U000E0068\U000E0069"));
        Assert.Equal("x\\ud834\\udd73 \\udb40\\udd00 🎉 𝐁", Printable.Line("x\U0001D173 \U000E0100 🎉 𝐁"));
    }

    [Theory]
    [InlineData("Book\u00A0a Call", "\"Book\\u00a0a Call\"")] // a no-break space
    [InlineData("Tail\uFE0F", "\"Tail\\ufe0f\"")] // an emoji's variation selector, with no emoji before it
    [InlineData("Tail\u3164", "\"Tail\\u3164\"")] // a Hangul filler
    [InlineData("Ta\u034Fil\u180B\u17B4", "\"Ta\\u034fil\\u180b\\u17b4\"")] // the combining grapheme joiner, Mongolian's and Khmer's
    public void A_name_that_differs_only_by_a_character_shown_as_nothing_or_as_a_space_reads_differently(string name, string quoted)
    {
        // "Book a Call" -> "Book a Call" would be printed for a real rename.
        Assert.Equal(quoted, Printable.Quote(name));
        Assert.NotEqual(Printable.Quote("Book a Call"), Printable.Quote("Book\u00A0a Call"));
    }

    [Fact]
    public void The_redactor_masks_every_occurrence()
    {
        var redactor = new Redactor();
        redactor.Add(Secret);

        Assert.Equal("a [redacted] b [redacted]", redactor.Redact($"a {Secret} b {Secret}"));
    }

    [Fact]
    public void The_redactor_never_searches_its_own_mask_again()
    {
        var redactor = new Redactor();
        redactor.Add("dacted]-and-more");
        redactor.Add("[re");
        redactor.Add("e");

        // One pass from left to right: "[redacted]" put in for one secret is not searched for the others.
        Assert.Equal("G[redacted]tting [redacted]", redactor.Redact("Getting e"));
        Assert.Equal("[redacted]x", redactor.Redact("[rex"));
    }

    [Fact]
    public void The_redactor_masks_the_token_in_any_letter_case()
    {
        var redactor = new Redactor();
        redactor.Add(Secret);

        Assert.Equal("a [redacted] b [redacted]", redactor.Redact($"a {Secret.ToUpperInvariant()} b {Secret}"));
        Assert.True(redactor.Reveals("x PIT-1234ABCD-Secret y"));
        Assert.Equal("cut [redacted]", redactor.RedactCutSample("cut PIT-1234A"));
    }

    [Theory]
    [InlineData("error near pit-1234abcd-sec", "error near [redacted]")]
    [InlineData("(pit-1234ab; CD-SECRET)", "([redacted])")]
    [InlineData("only 1234abcd here", "only [redacted] here")]
    [InlineData("seven 234abcd, then -secre", "seven 234abcd, then -secre")]
    [InlineData("1234ABCD-SECRET and pit-1234abcd", "[redacted] and [redacted]")]
    public void A_piece_of_the_token_eight_characters_or_longer_is_masked_wherever_it_stands(string text, string expected)
    {
        var redactor = new Redactor();
        redactor.Add(Secret);

        Assert.Equal(expected, redactor.Redact(text));
        Assert.Equal(expected != text, redactor.Reveals(text)); // and so a link, id or path holding it is refused
    }

    [Theory]
    [InlineData("401 (got pit6f1c2b9e4d7a4c1e9b3f0a5d8e7c6b42)", "401 (got [redacted])")] // echoed without its dashes
    [InlineData("TriggerLinks.OldPit6f1c2b9e4d7a4c1e9b3f0a5d8e7c6b42 -> TriggerLinks.FirstTag", "TriggerLinks.Old[redacted] -> TriggerLinks.FirstTag")] // a member name made of it
    [InlineData("only 4d7a4c1e9b3f here", "only [redacted] here")] // the short groups joined: no run of the token as it stands
    [InlineData("PIT6F1C2B9E4D7A4C1E", "[redacted]")] // in any letter case, cut short
    [InlineData("under pit_6f1c2b9e_4d7a_4c1e_9b3f!", "under [redacted]!")] // with '_' for its '-', as a member name writes an id
    [InlineData("b 4d7a_4c1e_9b3f z", "b [redacted] z")] // the short groups so joined
    [InlineData("e pit-6f1c2b9e_4d7a-4c1e_9b3f z", "e [redacted] z")] // the two mixed
    [InlineData("g 4d7a__4c1e z", "g [redacted] z")] // doubled
    [InlineData("4d7a 4c1e 9b3f", "[redacted]")] // the short groups apart
    [InlineData("400 (pit-6f1; c2b9e-4; d7a-4c1; e-9b3f-; 0a5d8e7; c6b42)", "400 ([redacted])")] // cut in pieces of 7, the messages of an array as the tool joins them
    [InlineData("token pit-6f 1c2b9e -4d7a- 4c1e-9b 3f0a5d", "token [redacted]")] // in groups of 6 apart
    [InlineData("invalid key: pit-6f1...c2b9e-4...d7a-4c1...", "invalid key: [redacted]...")] // pieces with an ellipsis between
    [InlineData("a 4d7a\n4c1e \"9b3f", "a [redacted]")] // and line breaks, quotes
    [InlineData("4d7a 4c1", "4d7a 4c1")] // seven characters are too few to mean it, joined or not
    [InlineData("code=pit-6f1%20c2b9e-4%20d7a-4c1%20e-9b3f-%200a5d8e7%20c6b42&x=1", "code=[redacted]&x=1")] // with encoded spaces between, as a URL writes them
    [InlineData("Bad token: pit-6f1&#32;c2b9e-4&nbsp;d7a-4c1\\u0020e-9b3f-", "Bad token: [redacted]-")] // character references, a JSON escape
    [InlineData("<p>pit-6f1<br>c2b9e-4<br>d7a-4c1</td><td>e-9b3f-</p>", "<p>[redacted]-</p>")] // tags between, as an HTML page breaks lines
    [InlineData("<b>4d7a</b> 4c1", "<b>4d7a</b> 4c1")] // a tag, and still seven characters
    [InlineData("retry-after and x_y", "retry-after and x_y")] // separators elsewhere are left as they are
    public void A_token_without_its_dashes_is_masked_as_the_token(string text, string expected)
    {
        var redactor = new Redactor();
        redactor.Add("pit-6f1c2b9e-4d7a-4c1e-9b3f-0a5d8e7c6b42");

        Assert.Equal(expected, redactor.Redact(text));
        Assert.Equal(expected != text, redactor.Reveals(text));
    }

    [Theory]
    [InlineData("Invalid token \\u0070\\u0069\\u0074\\u002d\\u0031\\u0032\\u0033\\u0034abcd-secret", "Invalid token [redacted]")] // JSON escapes
    [InlineData("p\0i\0t\0-\01\02\03\04\0a\0b\0c\0d\0 rest", "[redacted]\0 rest")] // UTF-16 read as UTF-8
    [InlineData("<b>&#112;&#105;&#x74;&#45;1234abcd&hyphen;secret</b>", "<b>[redacted]</b>")] // character references
    [InlineData("t=%70%69%74%2D1234abcd%2dsecret&x=1", "t=[redacted]&x=1")] // percent-encoding
    [InlineData("t=%2570%2569%2574%252D1234abcd", "t=[redacted]")] // percent-encoding twice
    [InlineData("ok \\u0041 then pit-1234abcd-secret", "ok \\u0041 then [redacted]")] // plain beside an unrelated escape
    [InlineData("a%20b &amp; c \\n &#65; 50%", "a%20b &amp; c \\n &#65; 50%")] // encodings without a secret stay as they are
    [InlineData("Invalid \uFF50\uFF49\uFF54\uFF0D\uFF11\uFF12\uFF13\uFF14abcd-secret!", "Invalid [redacted]!")] // full-width letters
    [InlineData("p\u00ADi\u00ADt\u00AD-\u00AD1\u200B2\u200C3\u200D4\u2060a\uFEFFbcd rest", "[redacted] rest")] // invisible characters between the letters
    [InlineData("\\u0070\\u00ad\\u0069\\u00adt-1234abcd", "[redacted]")] // escapes of both
    [InlineData("p\u034Fi\u061Ct\uFE0F-\u31641\uDB40\uDC202\uD834\uDD733\u17B44abcd rest", "[redacted] rest")] // every default-ignorable character, beyond the basic plane too
    [InlineData("（ｗｉｄｅ） a\u00ADb", "（ｗｉｄｅ） a\u00ADb")] // full-width and invisible characters without a secret stay as they are
    public void A_token_behind_an_encoding_is_masked_where_its_encoded_form_stands(string text, string expected)
    {
        var redactor = new Redactor();
        redactor.Add(Secret);

        Assert.Equal(expected, redactor.Redact(text));
        Assert.Equal(expected != text, redactor.Reveals(text));
        Assert.Equal(expected != text && !text.Contains("pit-1234abcd", StringComparison.Ordinal), redactor.HidesEncoded(text));
    }

    [Theory]
    [InlineData("", false)]
    [InlineData("B", false)]
    [InlineData("Be", false)]
    [InlineData("Bearer ", false)]
    [InlineData("Bearer ", true)]
    [InlineData("user:", false)]
    [InlineData("", false, "utf-16")]
    [InlineData("B", false, "utf-16")]
    [InlineData("Bearer ", false, "utf-16")]
    [InlineData("Bearer ", true, "utf-16")]
    public void A_token_echoed_in_base64_is_masked_wherever_it_falls_in_the_groups_of_three_bytes(string before, bool urlSafe, string encoding = "utf-8")
    {
        // A proxy quoting the Authorization header back, or Basic credentials, or a Windows tool that encodes UTF-16:
        // only characters of the text around it stay.
        string base64 = Convert.ToBase64String(System.Text.Encoding.GetEncoding(encoding).GetBytes(before + Secret + "!"));
        string encoded = urlSafe ? base64.Replace('+', '-').Replace('/', '_') : base64;
        var redactor = new Redactor();
        redactor.Add(Secret);

        string shown = redactor.Redact("401 (bad token " + encoded + ")");

        // "Bearer " is 7 bytes in UTF-8 (at most 10 characters of base64, 11 with the one shared with the token), 14 in
        // UTF-16; "!" one byte (with padding, 4 characters), or two.
        (int before, int after) around = encoding == "utf-8" ? (11, 4) : (19, 6);
        Assert.Matches($@"^401 \(bad token [A-Za-z0-9+/_-]{{0,{around.before}}}\[redacted\][A-Za-z0-9+/=_-]{{0,{around.after}}}\)$", shown);
    }

    [Theory]
    [InlineData("\n", 76)] // base64 tools and MIME
    [InlineData("\r\n", 76)]
    [InlineData("\n", 64)] // PEM
    [InlineData("\r\n ", 76)] // a header folded onto indented lines
    [InlineData("\\n", 76)] // the line breaks written as JSON escapes, as a raw body sample shows them
    public void A_long_token_echoed_in_base64_wrapped_over_lines_is_masked_on_every_line(string lineBreak, int width)
    {
        // An OAuth or location token (a JWT of hundreds of characters) quoted back as the Authorization header in base64,
        // wrapped the way base64 tools write it: each line after the first holds dozens of the token's characters.
        const string Jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJhdXRoQ2xhc3MiOiJMb2NhdGlvbiIsImF1dGhDbGFzc0lkIjoidmU5RVBNNDI4aDh2U2hsUlcxS1QiLCJzb3VyY2UiOiJJTlRFR1JBVElPTiIsInNvdXJjZUlkIjoiNjVmMGFiYzEyMzQ1Njc4OTBhYmNkZWYwIiwiY2hhbm5lbCI6Ik9BVVRIIn0.Q2hhbmdlTWVQbGVhc2VJdElzQVNpZ25hdHVyZUZvclRlc3Rpbmc";
        string base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes("Bearer " + Jwt));
        string wrapped = string.Join(lineBreak, base64.Chunk(width).Select(line => new string(line)));
        var redactor = new Redactor();
        redactor.Add(Jwt);

        // What stays: "Bearer " (10 characters, 11 with the one it shares with the token), then at most the padding's few.
        Assert.Matches(@"^401 \(QmVhcmVyIG.?\[redacted\][A-Za-z0-9+/=\s\\n]{0,8}\)$", redactor.Redact("401 (" + wrapped + ")"));
        Assert.True(redactor.Reveals("https://a.example/?t=" + wrapped));
    }

    [Fact]
    public void The_start_every_JWT_shares_is_masked_only_as_part_of_the_token()
    {
        const string Token = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJhdXRoQ2xhc3MiOiJMb2NhdGlvbiJ9.U2lnbmF0dXJlT2ZUaGVVc2Vyc093blRva2Vu";
        const string Other = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJvZmZlciI6InN1bW1lciJ9.T2ZmZXJTaWduYXR1cmVOb3RUaGVUb2tlbg";
        var redactor = new Redactor();
        redactor.Add(Token);

        Assert.Equal("offer " + Other, redactor.Redact("offer " + Other));
        Assert.False(redactor.Reveals("https://shop.example/?jwt=" + Other));
        Assert.False(redactor.Reveals(Convert.ToBase64String(Encoding.UTF8.GetBytes("Bearer " + Other))));
        Assert.False(redactor.Reveals(Convert.ToHexString(Encoding.UTF8.GetBytes(Other))));

        Assert.Equal("echo [redacted]!", redactor.Redact("echo " + Token + "!"));
        Assert.Equal("cut eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ[redacted]", redactor.Redact("cut " + Token[..60]));
        Assert.True(redactor.Reveals("sig=" + Token.Split('.')[2][..8]));
        Assert.True(redactor.Reveals(Convert.ToBase64String(Encoding.UTF8.GetBytes("Bearer " + Token[..52]))));
        Assert.True(redactor.Reveals(Convert.ToHexString(Encoding.UTF8.GetBytes(Token[..48]))));
    }

    [Fact]
    public void Line_breaks_without_a_token_across_them_stay_as_they_are()
    {
        var redactor = new Redactor();
        redactor.Add(Secret);

        Assert.Equal("line one\r\n  line two\\npit-12\n99", redactor.Redact("line one\r\n  line two\\npit-12\n99"));
        Assert.Equal("[redacted]\n  tail", redactor.Redact("pit-1234\n  abcd-secret\n  tail"));
    }

    [Theory]
    [InlineData(false, "")]
    [InlineData(true, "")]
    [InlineData(true, "-")]
    [InlineData(false, ":")]
    [InlineData(true, " ")]
    public void A_token_echoed_in_hexadecimal_is_masked(bool upperCase, string separator)
    {
        // Run together, or a byte at a time as .NET's own errors quote the bytes of a malformed answer ("42-65-61-…").
        string hex = string.Join(separator, System.Text.Encoding.UTF8.GetBytes(Secret).Select(b => b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture)));
        var redactor = new Redactor();
        redactor.Add(Secret);

        Assert.Equal("bad token [redacted]", redactor.Redact("bad token " + (upperCase ? hex : hex.ToLowerInvariant())));
        Assert.Equal("invalid chunk: '42-65-61-72-65-72-20-[redacted]'", redactor.Redact("invalid chunk: '" + BitConverter.ToString(System.Text.Encoding.UTF8.GetBytes("Bearer " + Secret)) + "'"));
    }

    [Fact]
    public void A_token_echoed_as_the_hexadecimal_of_its_UTF16_bytes_is_masked()
    {
        // .NET's own error about a chunk header quotes the bytes it read; a server that holds text as UTF-16 echoes those.
        var redactor = new Redactor();
        redactor.Add(Secret);

        Assert.Equal("chunk header: '[redacted]'", redactor.Redact("chunk header: '" + BitConverter.ToString(System.Text.Encoding.Unicode.GetBytes(Secret)) + "'"));
        // (Read run together, "…2000700069…" is also the big-endian form from its "00" on: the mask may take that byte too.)
        Assert.Matches(@"^401 \(42-00-65-00-61-00-72-00-65-00-72-00-20-(00-)?\[redacted\]\)$", redactor.Redact("401 (" + BitConverter.ToString(System.Text.Encoding.Unicode.GetBytes("Bearer " + Secret)) + ")"));
        Assert.Equal("body [redacted]", redactor.Redact("body " + Convert.ToHexString(System.Text.Encoding.Unicode.GetBytes(Secret)).ToLowerInvariant()));
        Assert.Equal("body [redacted]", redactor.Redact("body " + Convert.ToHexString(System.Text.Encoding.BigEndianUnicode.GetBytes(Secret))));
    }

    [Theory]
    [InlineData("base64", 11)]
    [InlineData("base64-bearer", 11)]
    [InlineData("base64-utf16", 22)]
    [InlineData("hex", 16)]
    [InlineData("hex-dashed", 23)]
    [InlineData("hex-utf16", 32)]
    [InlineData("hex-utf16-dashed", 47)]
    [InlineData("hex-utf16be", 32)]
    public void An_encoded_token_cut_short_is_masked_from_as_much_as_holds_eight_of_its_characters(string form, int shortest)
    {
        // A proxy that quotes the Authorization header encoded, cut off: the token's start, most of it, must not show.
        const string Token = "pit-0123abcd-4567-89ef-ABCD-0123456789ab";
        byte[] bytes = form switch
        {
            "base64-bearer" => System.Text.Encoding.UTF8.GetBytes("Bearer " + Token),
            "base64-utf16" or "hex-utf16" or "hex-utf16-dashed" => System.Text.Encoding.Unicode.GetBytes(Token),
            "hex-utf16be" => System.Text.Encoding.BigEndianUnicode.GetBytes(Token),
            _ => System.Text.Encoding.UTF8.GetBytes(Token),
        };
        string encoded = form switch
        {
            "hex" or "hex-utf16" or "hex-utf16be" => Convert.ToHexString(bytes),
            "hex-dashed" or "hex-utf16-dashed" => BitConverter.ToString(bytes),
            _ => Convert.ToBase64String(bytes),
        };
        int skipped = form == "base64-bearer" ? 10 : 0; // "Bearer " and the character it shares with the token stay
        var redactor = new Redactor();
        redactor.Add(Token);

        string cut = encoded[..(encoded.Length - 6)];
        Assert.Equal("401 (Invalid header " + cut[..skipped] + "[redacted]…)", redactor.Redact("401 (Invalid header " + cut + "…)"));
        Assert.True(redactor.Reveals("https://a.example/?t=" + cut));

        // As much as holds eight characters of the token is enough; less is too common a start to mean it.
        string enough = encoded[..(skipped + shortest)];
        Assert.True(redactor.Reveals("https://a.example/?t=" + enough), enough);
        Assert.False(redactor.Reveals("https://a.example/?t=" + enough[..^1] + "."), enough[..^1]);
    }

    [Fact]
    public void Digits_that_are_a_piece_of_the_token_s_hexadecimal_form_are_not_masked()
    {
        // The hexadecimal form of "pit-1234abcd-secret" holds "31323334", the digits of "1234": only the whole form is the token.
        string hex = Convert.ToHexString(System.Text.Encoding.UTF8.GetBytes(Secret));
        string number = hex.Substring(hex.IndexOf("31323334", StringComparison.Ordinal), 8);
        var redactor = new Redactor();
        redactor.Add(Secret);

        Assert.Equal("order " + number, redactor.Redact("order " + number));
        Assert.False(redactor.Reveals("https://x.example/?order=" + number));
    }

    [Fact]
    public void A_piece_of_a_token_that_is_a_piece_of_a_public_id_is_not_masked_but_the_token_is()
    {
        var redactor = new Redactor();
        redactor.Add("bench-location-token-Dwn5LocationId000001");
        redactor.AddPublic("Dwn5LocationId000001");

        Assert.Equal("location Dwn5LocationId000001, link Dwn5LocationId0000Ab", redactor.Redact("location Dwn5LocationId000001, link Dwn5LocationId0000Ab"));
        Assert.False(redactor.Reveals("Dwn5LocationId0000Ab"));
        Assert.Equal("echo [redacted]", redactor.Redact("echo bench-location-token-Dwn5LocationId000001"));
        Assert.Equal("cut [redacted]", redactor.Redact("cut bench-location-tok"));
    }

    [Fact]
    public void A_word_inside_a_token_is_not_masked_on_its_own_but_the_token_around_it_is()
    {
        var redactor = new Redactor();
        redactor.Add("pit-own-location-token-77c1d0e5a9b4");

        Assert.Equal("the location id of Downtown", redactor.Redact("the location id of Downtown"));
        Assert.Equal("echo [redacted]", redactor.Redact("echo pit-own-location-tok"));
        Assert.Equal("echo [redacted]", redactor.Redact("echo OWN-LOCATION-TOK"));
    }

    [Fact]
    public void A_result_line_with_a_piece_of_the_token_is_masked()
    {
        var redactor = new Redactor();
        redactor.Add(Secret);
        var output = new System.IO.StringWriter();
        var reporter = new Reporter(output, System.IO.TextWriter.Null, redactor);

        reporter.Result($"echoed {Printable.Quoted("PIT-1234ABCD")}");

        Assert.Equal("echoed \"[redacted]\"" + Environment.NewLine, output.ToString());
    }

    [Theory]
    [InlineData("body pit-1234", "body [redacted]")]
    [InlineData("body pit-", "body [redacted]")]
    [InlineData("body pit", "body pit")]
    [InlineData("pit-1234abcd-secret tail pit-12", "[redacted] tail [redacted]")]
    public void A_sample_cut_inside_the_token_is_masked_from_where_the_token_starts(string sample, string expected)
    {
        var redactor = new Redactor();
        redactor.Add(Secret);

        Assert.Equal(expected, redactor.RedactCutSample(sample));
    }

    [Theory]
    [InlineData("-", 20)]
    [InlineData(":", 8)]
    [InlineData(" ", 30)]
    [InlineData("", 9)]
    public void A_sample_cut_inside_an_encoded_form_of_the_token_is_masked_from_where_the_form_starts(string separator, int kept)
    {
        // A hex dump is three times the token's length: a sample cut inside it would show most of the token.
        string dump = string.Join(separator, System.Text.Encoding.UTF8.GetBytes(Secret).Select(b => b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture)));
        var redactor = new Redactor();
        redactor.Add(Secret);

        Assert.Equal("bad token: [redacted]", redactor.RedactCutSample("bad token: " + dump[..kept]));
        Assert.Equal("order 31323334", redactor.RedactCutSample("order 31323334")); // shorter than a run the tool masks, and digits of a number
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a\nb\r\tc", "a\\nb\\r\\tc")]
    [InlineData("quote \" back \\", "quote \\\" back \\\\")]
    [InlineData("esc \u001b[2J bell \u0007", "esc \\u001b[2J bell \\u0007")]
    [InlineData("bidi \u202E zw \u200B", "bidi \\u202e zw \\u200b")]
    [InlineData("emoji 🎉 ümlaut", "emoji 🎉 ümlaut")]
    public void Printable_escapes_what_could_fake_or_hide_output(string text, string expected) => Assert.Equal(expected, Printable.Escape(text));

    [Theory]
    [InlineData("list 'a \"b\" c\\d' twice", "list 'a \"b\" c\\d' twice")]
    [InlineData("x\nerror: fake \u001b[2J", "x\\nerror: fake \\u001b[2J")]
    public void A_printable_line_keeps_quotes_and_backslashes_but_escapes_what_could_fake_or_hide_output(string text, string expected) =>
        Assert.Equal(expected, Printable.Line(text));

    [Fact]
    public void Printable_escapes_a_lone_surrogate()
    {
        // Built at run time: an attribute argument cannot hold a lone surrogate (metadata stores it as U+FFFD).
        string text = "lone " + (char)0xD800 + " surrogate " + (char)0xDC00;

        Assert.Equal("lone \\ud800 surrogate \\udc00", Printable.Escape(text));
    }

    [Theory]
    [InlineData(0.5, "0.5 s")]
    [InlineData(2, "2 s")]
    [InlineData(2.01, "2.1 s")]
    [InlineData(10.5, "11 s")]
    [InlineData(600, "10 min")]
    [InlineData(200, "3 min 20 s")]
    [InlineData(150.2, "2 min 31 s")]
    [InlineData(3600, "60 min")]
    [InlineData(18_000, "5 h 0 min")]
    [InlineData(0.00001, "0.1 s")]
    [InlineData(-3, "0 s")]
    public void Durations_read_like_a_person_writes_them(double seconds, string expected) => Assert.Equal(expected, Durations.Format(TimeSpan.FromSeconds(seconds)));

    [Fact]
    public void A_body_sample_names_type_and_size_and_quotes_the_start()
    {
        var redactor = new Redactor();
        byte[] html = Encoding.UTF8.GetBytes("<html>\n" + new string('x', 200));

        Assert.Equal("text/html, 207 bytes: \"<html>\\n" + new string('x', 113) + "\"…", new BodySample("text/html", html.Length, html, complete: true).Describe(redactor));
        Assert.Equal("application/json, an empty body", new BodySample("application/json", 0, Array.Empty<byte>(), complete: true).Describe(redactor));
        Assert.Equal("no content type, at least 3 bytes: \"abc\"…", new BodySample(null, 3, "abc"u8.ToArray(), complete: false).Describe(redactor));

        Assert.Equal("application/json, 100000000 bytes by its Content-Length, none of them read", new BodySample("application/json", 0, Array.Empty<byte>(), complete: false, unreadLength: 100_000_000).Describe(redactor));
        Assert.Equal("application/json, 7 bytes by its Content-Length, none of them read", new BodySample("application/json", 0, Array.Empty<byte>(), complete: false, unreadLength: 7).Withhold().Describe(redactor));
    }

    [Fact]
    public void A_body_that_echoes_the_token_behind_json_escapes_is_not_quoted()
    {
        var redactor = new Redactor();
        redactor.Add(Secret);
        static BodySample Sample(string body) => new("application/json", Encoding.UTF8.GetByteCount(body), Encoding.UTF8.GetBytes(body), complete: true);

        // "pit-1234abcd-secret" with its "1" and its last "t" escaped: no plain text of it to mask.
        const string Escaped = """{"debug":"pit-\u0031234abcd-secre\u0074"}""";
        Assert.Equal($"application/json, {Escaped.Length} bytes (not shown: it may hold a token)", Sample(Escaped).Describe(redactor));

        // Written plainly, the token is masked where it stands, and the rest of the body is shown.
        const string Plain = """{"debug":"pit-1234abcd-secret","path":"a\/b"}""";
        Assert.Equal($"application/json, {Plain.Length} bytes: \"{{\\\"debug\\\":\\\"[redacted]\\\",\\\"path\\\":\\\"a\\\\/b\\\"}}\"", Sample(Plain).Describe(redactor));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("plain")]
    [InlineData("quote \" and \n newline")]
    [InlineData("long")]
    public void A_quoted_value_in_a_result_line_prints_what_printable_quote_gives(string? text)
    {
        // "long" stands for a value far past the line's first buffer, so the line has to grow while it is formatted.
        string value = text == "long" ? new string('x', 5_000) + "\u0007" : text!;
        var output = new System.IO.StringWriter();
        var reporter = new Reporter(output, System.IO.TextWriter.Null, new Redactor());

        reporter.Result($"  + added        {Printable.Quoted(value)} ({42}) -> {Printable.Quoted(null)}");

        Assert.Equal($"  + added        {Printable.Quote(value)} (42) -> (none)" + Environment.NewLine, output.ToString());
    }

    [Fact]
    public void A_result_line_with_a_secret_in_it_is_masked_like_any_other()
    {
        var redactor = new Redactor();
        redactor.Add(Secret);
        var output = new System.IO.StringWriter();
        var reporter = new Reporter(output, System.IO.TextWriter.Null, redactor);

        reporter.Result($"echoed {Printable.Quoted(Secret)} and {Secret.ToUpperInvariant()}");

        Assert.Equal("echoed \"[redacted]\" and [redacted]" + Environment.NewLine, output.ToString());
        Assert.True(redactor.Reveals($"x{Secret}y"));
        Assert.False(redactor.Reveals(Secret.AsSpan(0, Redactor.PieceLength - 1)));
    }
}
