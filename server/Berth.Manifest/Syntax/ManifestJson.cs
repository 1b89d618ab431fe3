using System.Globalization;
using System.Text.Json.Nodes;

namespace Berth.Manifest.Syntax;

/// <summary>The tree as JSON, for the schema validator. Numbers YAML can't express exactly in JSON stay strings.</summary>
public static class ManifestJson
{
    public static JsonNode? ToJson(ManifestNode? node) => node switch
    {
        null => null,
        MappingNode mapping => new JsonObject(mapping.Properties.Select(p => KeyValuePair.Create(p.Name, ToJson(p.Value)))),
        SequenceNode sequence => new JsonArray(sequence.Items.Select(ToJson).ToArray()),
        ScalarNode scalar => ScalarToJson(scalar),
        _ => null,
    };

    private static JsonNode? ScalarToJson(ScalarNode scalar)
    {
        switch (scalar.Kind)
        {
            case ScalarKind.Null:
                return null;
            case ScalarKind.Boolean:
                return JsonValue.Create(scalar.Value is "true" or "True" or "TRUE");
            case ScalarKind.Integer when long.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer):
                return JsonValue.Create(integer);
            case ScalarKind.Integer or ScalarKind.Float when double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number):
                return JsonValue.Create(number);
            default:
                return JsonValue.Create(scalar.Value);
        }
    }
}
