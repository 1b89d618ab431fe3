namespace Berth.AlibabaCloud.Credentials;

/// <summary>
/// Finds credentials where users already keep them, in the official chain's order: environment
/// variables, the aliyun CLI's ~/.aliyun/config.json, the credentials INI file, then the ECS
/// instance role. A --profile given on the command line skips the environment keys; the manifest's
/// profile only chooses among file profiles. Every secret found is registered with the redactor.
/// (OIDC and credentials-URI sources of the official chain are not supported.)
/// </summary>
public sealed class CredentialsChain(CredentialsChainOptions options)
{
    private const int MaxChainDepth = 5;

    private CredentialsEnvironment Env => options.Environment;

    public async Task<ResolvedCredentials> ResolveAsync(CancellationToken cancellationToken)
    {
        var tried = new List<string>();

        if (options.RequestedProfile is null)
        {
            if (FromEnvironment() is { } fromEnvironment)
            {
                return new ResolvedCredentials(new StaticCredentialsProvider(fromEnvironment), fromEnvironment.Source,
                    Env.First("ALIBABA_CLOUD_REGION_ID", "ALIBABACLOUD_REGION_ID", "ALICLOUD_REGION_ID", "REGION_ID", "REGION"));
            }
            tried.Add("environment variables ALIBABA_CLOUD_ACCESS_KEY_ID/ALIBABA_CLOUD_ACCESS_KEY_SECRET (not set)");
        }

        var namedProfile = options.RequestedProfile ?? options.ManifestProfile
            ?? Env.First("ALIBABA_CLOUD_PROFILE", "ALIBABACLOUD_PROFILE", "ALICLOUD_PROFILE");
        var profiles = new List<CredentialProfile>();

        var cliConfigPath = AliyunCliConfig.PathUnder(Env.HomeDirectory);
        if (Env.IsTrue("ALIBABA_CLOUD_CLI_PROFILE_DISABLED"))
        {
            tried.Add($"{cliConfigPath} (disabled by ALIBABA_CLOUD_CLI_PROFILE_DISABLED)");
        }
        else if (AliyunCliConfig.Read(cliConfigPath) is { } cliConfig)
        {
            profiles.AddRange(cliConfig.Profiles);
            var name = namedProfile ?? cliConfig.Current ?? "default";
            if (cliConfig.Profiles.FirstOrDefault(p => p.Name == name) is { } profile)
            {
                return await FromProfileAsync(profile, profiles, 0, cancellationToken).ConfigureAwait(false);
            }
            tried.Add($"{cliConfigPath} (no profile '{name}')");
        }
        else
        {
            tried.Add($"{cliConfigPath} (no such file)");
        }

        var iniPath = CredentialsIniFile.CandidatePaths(Env).FirstOrDefault(File.Exists);
        if (iniPath is not null)
        {
            var iniProfiles = CredentialsIniFile.Read(iniPath);
            profiles.AddRange(iniProfiles);
            var name = namedProfile ?? "default";
            if (iniProfiles.FirstOrDefault(p => p.Name == name) is { } profile)
            {
                return await FromProfileAsync(profile, profiles, 0, cancellationToken).ConfigureAwait(false);
            }
            tried.Add($"{iniPath} (no section [{name}])");
        }
        else
        {
            tried.Add(string.Join(" or ", CredentialsIniFile.CandidatePaths(Env)) + " (no such file)");
        }

        if (namedProfile is not null)
        {
            throw new CloudConfigurationException(
                $"The Alibaba Cloud profile '{namedProfile}' was not found. Looked in: {string.Join("; ", tried)}. "
                + $"Create it with `aliyun configure --profile {namedProfile}`, or name an existing profile.");
        }

        if (Env.IsTrue("ALIBABA_CLOUD_ECS_METADATA_DISABLED"))
        {
            tried.Add("ECS instance RAM role (disabled by ALIBABA_CLOUD_ECS_METADATA_DISABLED)");
        }
        else
        {
            try
            {
                return await FromInstanceRoleAsync(Env.First("ALIBABA_CLOUD_ECS_METADATA"), cancellationToken).ConfigureAwait(false);
            }
            catch (MetadataUnreachableException)
            {
                tried.Add($"ECS instance RAM role ({options.MetadataEndpoint.Authority} did not answer: not on ECS)");
            }
        }

        throw new CredentialsNotFoundException(tried);
    }

    private CloudCredentials? FromEnvironment()
    {
        var id = Env.First("ALIBABA_CLOUD_ACCESS_KEY_ID", "ALIBABACLOUD_ACCESS_KEY_ID", "ALICLOUD_ACCESS_KEY_ID", "ALICLOUD_ACCESS_KEY", "ACCESS_KEY_ID");
        var secret = Env.First("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "ALIBABACLOUD_ACCESS_KEY_SECRET", "ALICLOUD_ACCESS_KEY_SECRET", "ALICLOUD_SECRET_KEY", "ACCESS_KEY_SECRET");
        if (id is null || secret is null)
        {
            return null;
        }
        var token = Env.First("ALIBABA_CLOUD_SECURITY_TOKEN", "ALIBABACLOUD_SECURITY_TOKEN", "ALICLOUD_SECURITY_TOKEN", "SECURITY_TOKEN");
        return Register(new CloudCredentials(id, secret, token) { Source = "environment variables" });
    }

    private async Task<ResolvedCredentials> FromProfileAsync(
        CredentialProfile profile, IReadOnlyList<CredentialProfile> all, int depth, CancellationToken cancellationToken)
    {
        switch (profile.Kind.ToLowerInvariant())
        {
            case "ak":
                return Static(profile, Register(new CloudCredentials(Need(profile, profile.AccessKeyId, "access_key_id"), Need(profile, profile.AccessKeySecret, "access_key_secret"))
                {
                    Source = profile.ToString(),
                }));
            case "ststoken":
                return Static(profile, Register(new CloudCredentials(
                    Need(profile, profile.AccessKeyId, "access_key_id"),
                    Need(profile, profile.AccessKeySecret, "access_key_secret"),
                    Need(profile, profile.SecurityToken, "sts_token"))
                {
                    Source = profile.ToString(),
                }));
            case "ramrolearn":
            {
                var source = Register(new CloudCredentials(Need(profile, profile.AccessKeyId, "access_key_id"), Need(profile, profile.AccessKeySecret, "access_key_secret"))
                {
                    Source = profile.ToString(),
                });
                return await AssumeRoleAsync(profile, _ => Task.FromResult(source), cancellationToken).ConfigureAwait(false);
            }
            case "chainableramrolearn":
            {
                var sourceName = Need(profile, profile.SourceProfile, "source_profile");
                var sourceProfile = all.FirstOrDefault(p => p.Name == sourceName)
                    ?? throw new CloudConfigurationException($"{profile} names source_profile '{sourceName}', which does not exist. Fix source_profile.");
                if (depth >= MaxChainDepth)
                {
                    throw new CloudConfigurationException($"{profile} chains more than {MaxChainDepth} profiles (a source_profile loop?). Fix source_profile.");
                }
                var source = await FromProfileAsync(sourceProfile, all, depth + 1, cancellationToken).ConfigureAwait(false);
                return await AssumeRoleAsync(profile, ct => source.Provider.GetCredentialsAsync(ct).AsTask(), cancellationToken).ConfigureAwait(false);
            }
            case "ecsramrole":
                return await FromInstanceRoleAsync(profile.RoleName, cancellationToken, profile).ConfigureAwait(false);
            default:
                throw new CloudConfigurationException(
                    $"{profile} uses mode '{profile.Kind}', which Berth does not support. "
                    + "Use a profile of mode AK, StsToken, RamRoleArn, ChainableRamRoleArn or EcsRamRole, or set ALIBABA_CLOUD_ACCESS_KEY_ID/ALIBABA_CLOUD_ACCESS_KEY_SECRET.");
        }
    }

    private async Task<ResolvedCredentials> AssumeRoleAsync(
        CredentialProfile profile, Func<CancellationToken, Task<CloudCredentials>> source, CancellationToken cancellationToken)
    {
        var sts = new StsClient(options.Http, options.Endpoints, options.Time);
        var provider = new RefreshingCredentialsProvider(
            async ct => Register(await sts.AssumeRoleAsync(await source(ct).ConfigureAwait(false), profile, ct).ConfigureAwait(false)),
            options.Time);
        // Fetch now, so a wrong role or source key is reported here, naming the profile.
        var first = await provider.GetCredentialsAsync(cancellationToken).ConfigureAwait(false);
        return new ResolvedCredentials(provider, first.Source, profile.RegionId);
    }

    private async Task<ResolvedCredentials> FromInstanceRoleAsync(string? roleName, CancellationToken cancellationToken, CredentialProfile? profile = null)
    {
        var metadata = new EcsMetadataClient(options.Http, options.MetadataEndpoint, options.MetadataTimeout, Env.IsTrue("ALIBABA_CLOUD_IMDSV1_DISABLED"));
        var provider = new RefreshingCredentialsProvider(
            async ct => Register(await metadata.GetCredentialsAsync(roleName, ct).ConfigureAwait(false)),
            options.Time);
        var first = await provider.GetCredentialsAsync(cancellationToken).ConfigureAwait(false);
        return new ResolvedCredentials(provider, profile is null ? first.Source : $"{first.Source} ({profile})", profile?.RegionId);
    }

    private static ResolvedCredentials Static(CredentialProfile profile, CloudCredentials credentials) =>
        new(new StaticCredentialsProvider(credentials), credentials.Source, profile.RegionId);

    private static string Need(CredentialProfile profile, string? value, string field) =>
        value ?? throw new CloudConfigurationException($"{profile} has no {field}. Add it, or run `aliyun configure --profile {profile.Name}`.");

    private CloudCredentials Register(CloudCredentials credentials)
    {
        options.Redactor.Register(credentials.AccessKeySecret);
        options.Redactor.Register(credentials.SecurityToken);
        return credentials;
    }
}
