using Berth.Dockerfile.Rules.Packages;

namespace Berth.Dockerfile.Rules;

/// <summary>The list of lint rule classes; each family adds its rules here.</summary>
internal static class RuleCatalogue
{
    public static IReadOnlyList<IRule> Create() =>
    [
        new AptPinVersions(), new AptDeleteLists(), new AptAssumeYes(), new AptNoInstallRecommends(), new AptNotForScripts(),
        new ApkPinVersions(), new ApkNoCache(), new PipPinVersions(), new PipNoCacheDir(), new NpmPinVersions(),
        new GemPinVersions(), new GoInstallPinVersions(), new ZypperDistUpgrade(), new YarnCacheClean(),
        .. RpmRules.Create(),
    ];
}
