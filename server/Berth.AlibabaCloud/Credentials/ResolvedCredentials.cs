namespace Berth.AlibabaCloud.Credentials;

/// <summary>The chain's answer: a provider to sign with, where it came from, and the profile's region if it has one.</summary>
public sealed record ResolvedCredentials(ICredentialsProvider Provider, string Source, string? RegionId);
