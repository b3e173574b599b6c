using LinksGenerator.Tool.Output;

namespace LinksGenerator.Tool.Tests.Units;

/// <summary>Values in quoted advice: one word, read back by the shell exactly as given, on POSIX shells and on Windows.</summary>
public class ShellWordTests
{
    [Theory]
    [InlineData("config/links.json", "config/links.json")]
    [InlineData("my links.json", "\"my links.json\"")]
    [InlineData("it's.json", "\"it's.json\"")]
    [InlineData(@"back\slash.json", @"'back\slash.json'")] // bare, bash would read backslash.json
    [InlineData("!bang.json", "'!bang.json'")] // in double quotes, interactive bash expands !bang
    [InlineData("a\"b$c`d.json", "'a\"b$c`d.json'")]
    [InlineData("Tom's $shop", @"'Tom'\''s $shop'")]
    [InlineData("", "\"\"")]
    [InlineData("two\nlines.json", "$'two\\nlines.json'")] // a line break kept raw would break the advice over two lines
    [InlineData("it's\t\u001b[31m\u202e \"q\".json", "$'it\\'s\\t\\u001b[31m\\u202e \\\"q\\\".json'")]
    public void On_a_POSIX_shell_a_value_is_double_quoted_unless_only_single_quotes_keep_it(string value, string expected) =>
        Assert.Equal(expected, ShellWord.Of(value, windows: false));

    [Theory]
    [InlineData(@"C:\repo\links.json", @"C:\repo\links.json")]
    [InlineData(@"C:\my repo\links.json", @"""C:\my repo\links.json""")]
    [InlineData("a$b`c.json", "\"a\\$b\\`c.json\"")]
    public void On_Windows_a_backslash_is_a_folder_separator_and_double_quotes_are_the_quotes(string value, string expected) =>
        Assert.Equal(expected, ShellWord.Of(value, windows: true));

    [Theory]
    [InlineData(@"back\slash.json")]
    [InlineData("!bang $HOME `x` \"q\" it's.json")]
    [InlineData("my links.json")]
    [InlineData("we!rd name.json")]
    [InlineData("two\nlines it's $HOME \\ \"q\" \u001b[31m!x.json")] // (\uHHHH past ASCII reads back only in a UTF-8 locale: not tried here)
    public async System.Threading.Tasks.Task Bash_reads_the_quoted_word_back_as_the_value(string value)
    {
        if (System.OperatingSystem.IsWindows())
        {
            return;
        }

        // An interactive shell reading the line as typed, where ! is history expansion: what a user pasting the advice has.
        var start = new System.Diagnostics.ProcessStartInfo("bash", ["--norc", "--noprofile", "-i"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var bash = System.Diagnostics.Process.Start(start)!;
        bash.StandardInput.Write("printf '%s' " + ShellWord.Of(value, windows: false) + "\nexit\n");
        bash.StandardInput.Close();
        var error = bash.StandardError.ReadToEndAsync();
        string output = await bash.StandardOutput.ReadToEndAsync();
        await bash.WaitForExitAsync();
        await error;

        Assert.Equal(value, output);
    }
}
