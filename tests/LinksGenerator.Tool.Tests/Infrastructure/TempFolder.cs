using System;
using System.IO;
using System.Linq;
using System.Text;

namespace LinksGenerator.Tool.Tests.Infrastructure;

/// <summary>A fresh folder for one test, deleted afterwards; the tool's working directory.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ghl-links-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string SnapshotPath => File("links.snapshot.json");

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Write(string name, string text) => WriteBytes(name, new UTF8Encoding(false).GetBytes(text));

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="name"/> (a path relative to the folder), creating its folders.</summary>
    public void WriteBytes(string name, byte[] bytes)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(File(name))!);
        System.IO.File.WriteAllBytes(File(name), bytes);
    }

    /// <summary>Makes <paramref name="name"/> a named pipe (Unix only): opening it waits for the other end.</summary>
    public string MakeFifo(string name)
    {
        string path = File(name);
        using var mkfifo = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Xunit.Assert.Equal(0, mkfifo.ExitCode);
        return path;
    }

    public byte[] Read(string name = "links.snapshot.json") => System.IO.File.ReadAllBytes(File(name));

    public string ReadText(string name = "links.snapshot.json") => Encoding.UTF8.GetString(Read(name));

    /// <summary>Every file under the folder, with its content as text: where a leaked token would be.</summary>
    public (string Name, string Text)[] AllFiles() =>
        Directory.GetFiles(Path, "*", SearchOption.AllDirectories)
            .Select(f => (System.IO.Path.GetRelativePath(Path, f), System.IO.File.ReadAllText(f)))
            .ToArray();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
