using Berth.Dockerfile.Diagnostics;

namespace Berth.Dockerfile.Linting;

/// <summary>The format a required label's value must have (hadolint's label-schema).</summary>
public enum LabelFormat
{
    Text,
    Url,
    Semver,
    Hash,
    Rfc3339,
    Spdx,
    Email,
}

/// <summary>
/// How to lint, whatever the source (.hadolint.yaml, LSP settings, CLI flags): rules to ignore, severity overrides,
/// trusted registries, required labels. Pure data; <see cref="Merge"/> layers one source over another.
/// </summary>
public sealed record LintSettings
{
    public static LintSettings Default { get; } = new();

    /// <summary>Rule ids (or aliases) never reported.</summary>
    public IReadOnlyList<string> Ignored { get; init; } = [];

    /// <summary>Rule id (or alias) to the severity to report it with.</summary>
    public IReadOnlyDictionary<string, Severity> SeverityOverrides { get; init; } = new Dictionary<string, Severity>();

    /// <summary>Registries FROM may pull from (DL3026); empty means the rule is off. Wildcards such as *.gcr.io allowed.</summary>
    public IReadOnlyList<string> TrustedRegistries { get; init; } = [];

    /// <summary>Labels every image must carry, with the format of their values (DL3049 and the label format rules).</summary>
    public IReadOnlyDictionary<string, LabelFormat> RequiredLabels { get; init; } = new Dictionary<string, LabelFormat>();

    /// <summary>Report labels not in <see cref="RequiredLabels"/> (DL3050).</summary>
    public bool StrictLabels { get; init; }

    /// <summary>Ignore <c># hadolint ignore=</c> pragmas in the file.</summary>
    public bool DisableIgnorePragma { get; init; }

    /// <summary>The lowest severity that fails a run; null for "none" (never fail).</summary>
    public Severity? FailureThreshold { get; init; } = Severity.Error;

    /// <summary>This settings object with <paramref name="over"/>'s explicit values layered on top (lists are combined).</summary>
    public LintSettings Merge(LintSettings over)
    {
        ArgumentNullException.ThrowIfNull(over);
        var overrides = new Dictionary<string, Severity>(SeverityOverrides, StringComparer.OrdinalIgnoreCase);
        foreach (var pair in over.SeverityOverrides) overrides[pair.Key] = pair.Value;
        var labels = new Dictionary<string, LabelFormat>(RequiredLabels);
        foreach (var pair in over.RequiredLabels) labels[pair.Key] = pair.Value;
        return new LintSettings
        {
            Ignored = Ignored.Concat(over.Ignored).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(),
            SeverityOverrides = overrides,
            TrustedRegistries = TrustedRegistries.Concat(over.TrustedRegistries).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(),
            RequiredLabels = labels,
            StrictLabels = StrictLabels || over.StrictLabels,
            DisableIgnorePragma = DisableIgnorePragma || over.DisableIgnorePragma,
            FailureThreshold = over.FailureThreshold == Severity.Error ? FailureThreshold : over.FailureThreshold,
        };
    }
}
