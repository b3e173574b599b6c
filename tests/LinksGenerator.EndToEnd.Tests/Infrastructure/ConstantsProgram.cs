using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace LinksGenerator.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A consumer program that prints every constant of the generated class as JSON, so a test can compare the values the
/// compiled code really holds with the snapshot's field keys, whatever characters they contain.
/// </summary>
public static class ConstantsProgram
{
    public const string Source = """
        using System;
        using System.Linq;
        using System.Reflection;

        public static class Program
        {
            public static void Main()
            {
                Type type = typeof(Program).Assembly.GetTypes().Single(t => t.Name == "TriggerLinks");
                Console.WriteLine("TYPE " + type.FullName);
                foreach (FieldInfo field in type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
                {
                    Console.WriteLine("CONST " + System.Text.Json.JsonSerializer.Serialize(new[] { field.Name, (string)field.GetRawConstantValue() }));
                }
            }
        }
        """;

    /// <summary>The generated class's full name and its constants (member name → value) as the program printed them.</summary>
    public static (string TypeName, Dictionary<string, string> Constants) Parse(string output)
    {
        string[] lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        string typeName = lines.Single(l => l.StartsWith("TYPE ", StringComparison.Ordinal))["TYPE ".Length..];
        var constants = lines
            .Where(l => l.StartsWith("CONST ", StringComparison.Ordinal))
            .Select(l => JsonSerializer.Deserialize<string[]>(l["CONST ".Length..])!)
            .ToDictionary(pair => pair[0], pair => pair[1]);
        return (typeName, constants);
    }
}
