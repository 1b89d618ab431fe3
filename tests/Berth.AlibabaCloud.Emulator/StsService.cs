using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;

namespace Berth.AlibabaCloud.Emulator;

/// <summary>STS 2015-04-01 AssumeRole: issues temporary keys (that the emulator then accepts) for known roles.</summary>
public sealed class StsService(EmulatorAccounts accounts, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, byte> _roles = new(StringComparer.Ordinal);

    public ConcurrentQueue<string> AssumedSessions { get; } = new();

    public void AddRole(string roleArn) => _roles[roleArn] = 0;

    public JsonObject Handle(EmulatedRequest request)
    {
        if (request.Action != "AssumeRole")
        {
            throw new ServiceError(404, "InvalidAction.NotFound", $"Specified api {request.Action} is not found.");
        }
        var roleArn = request.Required("RoleArn");
        var session = request.Required("RoleSessionName");
        var seconds = int.Parse(request.Parameter("DurationSeconds") ?? "3600", CultureInfo.InvariantCulture);
        if (seconds < 900)
        {
            throw ServiceError.Invalid("Parameter.DurationSeconds", "The Min/Max value of DurationSeconds is 15min/1hr.");
        }
        if (!_roles.ContainsKey(roleArn))
        {
            throw new ServiceError(404, "EntityNotExist.Role", "The role not exists: " + roleArn);
        }
        AssumedSessions.Enqueue(session);
        var key = accounts.IssueTemporary(time.GetUtcNow(), TimeSpan.FromSeconds(seconds));
        return new JsonObject
        {
            ["Credentials"] = new JsonObject
            {
                ["AccessKeyId"] = key.AccessKeyId,
                ["AccessKeySecret"] = key.AccessKeySecret,
                ["SecurityToken"] = key.SecurityToken,
                ["Expiration"] = key.Expiration!.Value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            },
            ["AssumedRoleUser"] = new JsonObject
            {
                ["Arn"] = roleArn + "/" + session,
                ["AssumedRoleId"] = "3000000000000:" + session,
            },
        };
    }
}
