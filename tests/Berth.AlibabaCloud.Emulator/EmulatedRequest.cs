namespace Berth.AlibabaCloud.Emulator;

/// <summary>One received request, parsed: its parameters (query and form body), headers and raw body.</summary>
public sealed record EmulatedRequest(
    string Method,
    string RawPath,
    IReadOnlyList<KeyValuePair<string, string>> QueryParameters,
    IReadOnlyList<KeyValuePair<string, string>> FormParameters,
    IReadOnlyDictionary<string, string> Headers,
    byte[] Body)
{
    public string? Action { get; init; }

    public string? Version { get; init; }

    public string? AccessKeyId { get; init; }

    public string? SignatureNonce { get; init; }

    public string? SignatureKind { get; init; }

    public string? Parameter(string name) =>
        QueryParameters.Concat(FormParameters).Where(p => p.Key == name).Select(p => p.Value).FirstOrDefault();

    public string Required(string name) => Parameter(name) is { Length: > 0 } value ? value : throw ServiceError.Missing(name);

    /// <summary>Values of a 1-based list parameter such as InstanceId.1, InstanceId.2...</summary>
    public IReadOnlyList<string> List(string name)
    {
        var values = new List<string>();
        for (var i = 1; Parameter($"{name}.{i}") is { } value; i++)
        {
            values.Add(value);
        }
        return values;
    }

    public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var value) ? value : null;
}
