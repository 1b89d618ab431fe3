namespace Berth.AlibabaCloud.OpenApi;

/// <summary>RPC APIs take an action on path "/"; ROA (REST-like) APIs address resources by path.</summary>
public enum ApiStyle
{
    Rpc,
    Roa,
}
