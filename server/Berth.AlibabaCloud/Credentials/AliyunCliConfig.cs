using System.Text.Json;

namespace Berth.AlibabaCloud.Credentials;

/// <summary>Reads the aliyun CLI's ~/.aliyun/config.json: its profiles and which one is current.</summary>
public static class AliyunCliConfig
{
    public sealed record Contents(string? Current, IReadOnlyList<CredentialProfile> Profiles);

    public static string PathUnder(string home) => Path.Combine(home, ".aliyun", "config.json");

    public static Contents? Read(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var root = document.RootElement;
            var current = Text(root, "current");
            var profiles = new List<CredentialProfile>();
            if (root.TryGetProperty("profiles", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in list.EnumerateArray())
                {
                    var name = Text(item, "name");
                    if (name is null)
                    {
                        continue;
                    }
                    profiles.Add(new CredentialProfile(name, Text(item, "mode") ?? "AK", path)
                    {
                        AccessKeyId = Text(item, "access_key_id"),
                        AccessKeySecret = Text(item, "access_key_secret"),
                        SecurityToken = Text(item, "sts_token"),
                        RoleArn = Text(item, "ram_role_arn"),
                        RoleSessionName = Text(item, "ram_session_name"),
                        RoleName = Text(item, "ram_role_name"),
                        SourceProfile = Text(item, "source_profile"),
                        StsRegion = Text(item, "sts_region"),
                        RegionId = Text(item, "region_id"),
                        Policy = Text(item, "policy"),
                        ExternalId = Text(item, "external_id"),
                        DurationSeconds = item.TryGetProperty("expired_seconds", out var seconds) && seconds.ValueKind == JsonValueKind.Number
                            && seconds.GetInt32() > 0 ? seconds.GetInt32() : null,
                    });
                }
            }
            return new Contents(current, profiles);
        }
        catch (JsonException exception)
        {
            throw new CloudConfigurationException(
                $"{path} is not valid JSON (line {exception.LineNumber + 1}). Fix it, or run `aliyun configure` to rewrite it.", exception);
        }
        catch (InvalidOperationException exception)
        {
            throw new CloudConfigurationException($"{path} has a value of the wrong type. Fix it, or run `aliyun configure` to rewrite it.", exception);
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
        && value.GetString() is { Length: > 0 } text ? text : null;
}
