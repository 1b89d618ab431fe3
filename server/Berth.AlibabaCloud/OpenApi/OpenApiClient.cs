using System.Globalization;
using System.Net.Sockets;
using System.Text.Json;
using Berth.AlibabaCloud.Credentials;
using Berth.AlibabaCloud.Endpoints;

namespace Berth.AlibabaCloud.OpenApi;

/// <summary>
/// Sends signed Alibaba Cloud OpenAPI calls and turns answers into JSON or typed errors.
/// Retries (hand-written, no Polly: the loop is short and must re-sign each attempt anyway) cover
/// throttling, 5xx and network faults, with backoff and jitter, honouring x-acs-retry-after and a
/// bound on the total time.
/// </summary>
public sealed class OpenApiClient
{
    private readonly HttpClient _http;
    private readonly ICredentialsProvider _credentials;
    private readonly EndpointResolver _endpoints;
    private readonly OpenApiClientOptions _options;

    public OpenApiClient(HttpClient http, ICredentialsProvider credentials, EndpointResolver endpoints, OpenApiClientOptions options)
    {
        _http = http;
        _credentials = credentials;
        _endpoints = endpoints;
        _options = options;
    }

    public OpenApiClientOptions Options => _options;

    public string? RegionId => _options.RegionId;

    public async Task<OpenApiResponse> SendAsync(OpenApiRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var baseUri = _endpoints.Resolve(request.Product, _options.RegionId);
        var time = _options.TimeProvider;
        var started = time.GetUtcNow();
        var retry = _options.Retry;

        for (var attempt = 1; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var credentials = await _credentials.GetCredentialsAsync(cancellationToken).ConfigureAwait(false);
            var outcome = await AttemptAsync(request, baseUri, credentials, cancellationToken).ConfigureAwait(false);
            if (outcome.Response is { } response)
            {
                return response;
            }

            var failure = outcome.Failure!;
            var mayRetry = outcome.IsTransient && (request.IsIdempotent || outcome.SafeForWrites) && attempt < retry.MaxAttempts;
            if (!mayRetry)
            {
                throw failure;
            }

            var delay = retry.DelayBefore(attempt, outcome.RetryAfter, _options.Random());
            var elapsed = time.GetUtcNow() - started;
            if (elapsed + delay > retry.MaxTotalTime)
            {
                throw failure is OpenApiTransportException
                    ? new OpenApiTransportException(
                        $"{failure.Message} Berth gave up after {attempt} attempts in {elapsed.TotalSeconds:0.#} s.", failure.InnerException)
                    : failure;
            }

            await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<AttemptOutcome> AttemptAsync(
        OpenApiRequest request, Uri baseUri, CloudCredentials credentials, CancellationToken cancellationToken)
    {
        using var message = RequestSigner.Sign(
            request, baseUri, credentials, _options.TimeProvider.GetUtcNow(), _options.NonceFactory(), _options.SignatureVersion);
        message.Headers.UserAgent.ParseAdd(_options.UserAgent);

        // Attempts talk to real sockets, so their timeout is measured in real time.
        using var attemptTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attemptTimeout.CancelAfter(_options.AttemptTimeout);
        try
        {
            using var answer = await _http.SendAsync(message, HttpCompletionOption.ResponseContentRead, attemptTimeout.Token).ConfigureAwait(false);
            var text = await answer.Content.ReadAsStringAsync(attemptTimeout.Token).ConfigureAwait(false);
            return Interpret(request, baseUri, answer, text);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return AttemptOutcome.Transient(new OpenApiTransportException(
                $"{Describe(request, baseUri)} got no answer within {_options.AttemptTimeout.TotalSeconds:0.#} s. "
                + "Check the network connection to the endpoint, then retry."), safeForWrites: false);
        }
        catch (HttpRequestException exception)
        {
            // A refused connection never reached the service, so even a write may be retried.
            var neverSent = exception.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused or SocketError.HostNotFound or SocketError.TryAgain };
            return AttemptOutcome.Transient(new OpenApiTransportException(
                $"{Describe(request, baseUri)} failed: {exception.Message} Check the network connection and the endpoint, then retry.", exception),
                safeForWrites: neverSent);
        }
    }

    private static AttemptOutcome Interpret(OpenApiRequest request, Uri baseUri, HttpResponseMessage answer, string text)
    {
        var status = (int)answer.StatusCode;
        var headerRequestId = answer.Headers.TryGetValues("x-acs-request-id", out var ids) ? ids.FirstOrDefault() : null;
        JsonElement body;
        try
        {
            using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(text) ? "{}" : text);
            body = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            var preview = text.Length > 200 ? text[..200] + "…" : text;
            var error = new OpenApiTransportException(
                $"{Describe(request, baseUri)} answered HTTP {status} with something that is not JSON: {preview.ReplaceLineEndings(" ")}. "
                + "Check that the endpoint is an Alibaba Cloud API endpoint.");
            return status >= 500 ? AttemptOutcome.Transient(error, safeForWrites: false) : AttemptOutcome.Final(error);
        }

        var requestId = ReadString(body, "RequestId", "requestId") ?? headerRequestId;
        var isSuccessFalse = body.ValueKind == JsonValueKind.Object
            && body.TryGetProperty("IsSuccess", out var isSuccess) && isSuccess.ValueKind == JsonValueKind.False;

        if (status is >= 200 and < 300 && !isSuccessFalse)
        {
            return AttemptOutcome.Success(new OpenApiResponse(status, requestId, body));
        }

        var code = ReadString(body, "Code", "code") ?? (status >= 500 ? "InternalError" : $"HTTP{status}");
        var serviceMessage = ReadString(body, "Message", "message");
        var exception = new OpenApiServiceException(
            request.Action, status, code, serviceMessage, requestId, ReadString(body, "Recommend", "recommend"));

        var retryAfter = RetryAfter(answer);
        if (retryAfter is not null || OpenApiErrorClassifier.IsTransient(status, code))
        {
            // Throttling means the service did not act on the request, so writes may repeat it.
            var safe = retryAfter is not null || OpenApiErrorClassifier.IsThrottling(code);
            return AttemptOutcome.Transient(exception, safe, retryAfter);
        }
        return AttemptOutcome.Final(exception);
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage answer)
    {
        if (answer.Headers.TryGetValues("x-acs-retry-after", out var values)
            && long.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var milliseconds)
            && milliseconds > 0)
        {
            return TimeSpan.FromMilliseconds(milliseconds);
        }
        return null;
    }

    private static string? ReadString(JsonElement body, params string[] names)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        foreach (var name in names)
        {
            if (body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
            {
                return value.GetString();
            }
        }
        return null;
    }

    private static string Describe(OpenApiRequest request, Uri baseUri) => $"{request.Action} at {baseUri.Authority}";

    private sealed record AttemptOutcome(OpenApiResponse? Response, AlibabaCloudException? Failure, bool IsTransient, bool SafeForWrites, TimeSpan? RetryAfter)
    {
        public static AttemptOutcome Success(OpenApiResponse response) => new(response, null, false, false, null);

        public static AttemptOutcome Final(AlibabaCloudException failure) => new(null, failure, false, false, null);

        public static AttemptOutcome Transient(AlibabaCloudException failure, bool safeForWrites, TimeSpan? retryAfter = null) =>
            new(null, failure, true, safeForWrites, retryAfter);
    }
}
