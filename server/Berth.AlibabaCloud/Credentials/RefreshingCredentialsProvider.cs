namespace Berth.AlibabaCloud.Credentials;

/// <summary>
/// Temporary credentials (STS AssumeRole, ECS instance role) fetched on first use and fetched again
/// a few minutes before they expire, so a long deploy never signs with an expired token.
/// </summary>
public sealed class RefreshingCredentialsProvider(
    Func<CancellationToken, Task<CloudCredentials>> fetch,
    TimeProvider time) : ICredentialsProvider
{
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(3);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private CloudCredentials? _current;

    public async ValueTask<CloudCredentials> GetCredentialsAsync(CancellationToken cancellationToken)
    {
        if (IsFresh(_current))
        {
            return _current!;
        }
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!IsFresh(_current))
            {
                _current = await fetch(cancellationToken).ConfigureAwait(false);
            }
            return _current!;
        }
        finally
        {
            _gate.Release();
        }
    }

    private bool IsFresh(CloudCredentials? credentials) =>
        credentials is not null && (credentials.Expiration is null || credentials.Expiration.Value - RefreshMargin > time.GetUtcNow());
}
