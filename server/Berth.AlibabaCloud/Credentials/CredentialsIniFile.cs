using System.Globalization;

namespace Berth.AlibabaCloud.Credentials;

/// <summary>
/// Reads the credentials INI file of the official SDKs (~/.alibabacloud/credentials, or .ini, or
/// ALIBABA_CLOUD_CREDENTIALS_FILE): sections of key = value with a type of access_key,
/// ecs_ram_role or ram_role_arn.
/// </summary>
public static class CredentialsIniFile
{
    public static IEnumerable<string> CandidatePaths(CredentialsEnvironment environment)
    {
        if (environment.First("ALIBABA_CLOUD_CREDENTIALS_FILE") is { } explicitPath)
        {
            yield return explicitPath;
            yield break;
        }
        yield return Path.Combine(environment.HomeDirectory, ".alibabacloud", "credentials");
        yield return Path.Combine(environment.HomeDirectory, ".alibabacloud", "credentials.ini");
    }

    public static IReadOnlyList<CredentialProfile> Read(string path)
    {
        var profiles = new List<CredentialProfile>();
        string? section = null;
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = StripComment(raw).Trim();
            if (line.Length == 0)
            {
                continue;
            }
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                Flush();
                section = line[1..^1].Trim();
                values.Clear();
                continue;
            }
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || section is null)
            {
                throw new CloudConfigurationException(
                    $"{path} line {lineNumber} is not 'key = value' inside a [section]. Fix the file (see the Alibaba Cloud credentials file format).");
            }
            values[line[..equals].Trim()] = line[(equals + 1)..].Trim();
        }
        Flush();
        return profiles;

        void Flush()
        {
            if (section is null)
            {
                return;
            }
            var type = Value("type") ?? "access_key";
            profiles.Add(new CredentialProfile(section, KindOf(type), path)
            {
                AccessKeyId = Value("access_key_id"),
                AccessKeySecret = Value("access_key_secret"),
                SecurityToken = Value("security_token") ?? Value("sts_token"),
                RoleArn = Value("role_arn"),
                RoleSessionName = Value("role_session_name"),
                RoleName = Value("role_name"),
                StsRegion = Value("sts_region") ?? Value("region_id"),
                Policy = Value("policy"),
                ExternalId = Value("external_id"),
                DurationSeconds = int.TryParse(Value("duration_seconds"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var d) ? d : null,
            });
        }

        string? Value(string key) => values.TryGetValue(key, out var v) && v.Length > 0 ? v : null;
    }

    private static string KindOf(string type) => type.ToLowerInvariant() switch
    {
        "access_key" => "AK",
        "sts" => "StsToken",
        "ecs_ram_role" => "EcsRamRole",
        "ram_role_arn" => "RamRoleArn",
        _ => type,
    };

    private static string StripComment(string line)
    {
        var trimmed = line.TrimStart();
        return trimmed.StartsWith(';') || trimmed.StartsWith('#') ? "" : line;
    }
}
