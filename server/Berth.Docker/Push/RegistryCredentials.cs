namespace Berth.Docker.Push;

/// <summary>
/// A user name and secret (password or identity token) for one registry. ToString never shows the secret, so
/// the credentials can't leak through a log line or a progress message by accident.
/// </summary>
public sealed record RegistryCredentials(string ServerAddress, string Username, string Secret, bool IsIdentityToken = false)
{
    public override string ToString() => $"{Username} @ {ServerAddress} (secret hidden)";
}
