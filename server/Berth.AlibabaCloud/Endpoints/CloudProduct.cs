namespace Berth.AlibabaCloud.Endpoints;

/// <summary>The Alibaba Cloud services Berth talks to.</summary>
public enum CloudProduct
{
    /// <summary>Elastic Compute Service, API 2014-05-26 (instances and Cloud Assistant).</summary>
    Ecs,

    /// <summary>Container Registry, API 2018-12-01 (Enterprise) and 2016-06-07 (Personal).</summary>
    ContainerRegistry,

    /// <summary>Security Token Service, API 2015-04-01 (AssumeRole).</summary>
    Sts,
}
