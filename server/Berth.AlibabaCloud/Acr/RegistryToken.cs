namespace Berth.AlibabaCloud.Acr;

/// <summary>Temporary docker login credentials from Container Registry. ToString hides the password.</summary>
public sealed record RegistryToken(string UserName, string Password, DateTimeOffset ExpiresAt)
{
    public override string ToString() => $"RegistryToken {{ UserName = {UserName}, Password = ***, ExpiresAt = {ExpiresAt:u} }}";
}
