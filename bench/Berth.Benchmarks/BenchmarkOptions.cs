using System.Globalization;

namespace Berth.Benchmarks;

/// <summary>
/// The benchmark's own small option parser: "--name value" pairs after the mode. Unknown or malformed
/// options are a <see cref="BenchmarkException"/> naming the option, so a typo never silently runs the
/// default benchmark for ten minutes.
/// </summary>
public sealed class BenchmarkOptions
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public BenchmarkOptions(IReadOnlyList<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        for (var i = 0; i < arguments.Count; i++)
        {
            var name = arguments[i];
            if (!name.StartsWith("--", StringComparison.Ordinal) || name.Length == 2)
                throw new BenchmarkException($"Unexpected argument \"{name}\": options are written \"--name value\".");
            if (i + 1 >= arguments.Count) throw new BenchmarkException($"The option {name} needs a value.");
            _values[name[2..]] = arguments[++i];
        }
    }

    public string? String(string name)
    {
        _used.Add(name);
        return _values.GetValueOrDefault(name);
    }

    public int Int(string name, int fallback, int min = 1)
    {
        var text = String(name);
        if (text is null) return fallback;
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min)
            throw new BenchmarkException($"--{name} {text}: expected a whole number of at least {min}.");
        return value;
    }

    public IReadOnlyList<int> Ints(string name, IReadOnlyList<int> fallback)
    {
        var text = String(name);
        if (text is null) return fallback;
        var values = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part.Replace("_", "", StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < 1)
                throw new BenchmarkException($"--{name} {text}: \"{part}\" is not a positive whole number (write e.g. 100,1000,10000).");
            values.Add(value);
        }
        if (values.Count == 0) throw new BenchmarkException($"--{name} needs at least one value.");
        return values;
    }

    /// <summary>Fails on any option that the chosen mode never asked for.</summary>
    public void RejectUnknown(string mode)
    {
        var unknown = _values.Keys.Where(k => !_used.Contains(k)).ToList();
        if (unknown.Count > 0)
            throw new BenchmarkException($"The {mode} mode has no option --{unknown[0]}. Run without arguments to see the usage.");
    }
}
