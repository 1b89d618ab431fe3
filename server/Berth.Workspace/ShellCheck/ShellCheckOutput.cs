using System.Text.Json;
using Berth.Dockerfile.ShellCheck;

namespace Berth.Workspace.ShellCheck;

/// <summary>Reads ShellCheck's <c>--format=json1</c> report: <c>{"comments":[{"line":..,"column":..,"level":..,"code":..,"message":..}]}</c>.</summary>
public static class ShellCheckOutput
{
    public static IReadOnlyList<ShellCheckComment> Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            if (!document.RootElement.TryGetProperty("comments", out var comments) || comments.ValueKind != JsonValueKind.Array)
                throw new ShellCheckException("ShellCheck's report has no 'comments' list; check that the program is ShellCheck 0.7 or newer.");
            var result = new List<ShellCheckComment>();
            foreach (var comment in comments.EnumerateArray())
            {
                var line = comment.GetProperty("line").GetInt32();
                var column = comment.GetProperty("column").GetInt32();
                var endLine = comment.TryGetProperty("endLine", out var el) ? el.GetInt32() : line;
                var endColumn = comment.TryGetProperty("endColumn", out var ec) ? ec.GetInt32() : column;
                result.Add(new ShellCheckComment(line, column, endLine, endColumn,
                    comment.GetProperty("level").GetString() ?? "warning", comment.GetProperty("code").GetInt32(),
                    comment.GetProperty("message").GetString() ?? ""));
            }
            return result;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new ShellCheckException($"ShellCheck's report could not be read ({e.Message}); check that the program is ShellCheck 0.7 or newer.");
        }
    }
}
