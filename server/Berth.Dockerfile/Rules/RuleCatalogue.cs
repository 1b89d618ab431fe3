using Berth.Dockerfile.Rules.Commands;
using Berth.Dockerfile.Rules.Comments;
using Berth.Dockerfile.Rules.Context;
using Berth.Dockerfile.Rules.Instructions;
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
        new PointlessCommands(), new UseWorkdir(), new NoSudo(), new UseraddLogInit(), new WgetProgress(), new EitherWgetOrCurl(),
        new UseShellInstruction(), new PipefailBeforePipe(), new ConsolidateRuns(), new UseAddForArchives(),
        new ConsistentInstructionCasing(), new FromAsCasing(), new StageNameCasing(), new ReservedStageName(), new JsonArgsRecommended(),
        new LegacyKeyValueFormat(), new TagBaseImage(), new AvoidLatestTag(), new TrustedRegistries(), new RedundantTargetPlatform(),
        new FromPlatformFlagConstDisallowed(), new SecretsUsedInArgOrEnv(), new UndefinedVar(), new EnvSelfReference(),
        new ExposeProtoCasing(), new ExposeInvalidFormat(), new LastUserNotRoot(), new CopyInsteadOfAdd(), new CopyRelativeDestination(),
        new CopyWholeFilesystem(), new NumericUser(), new CopyIgnoredFile(), new CopySourceMissing(), new HealthcheckMissing(),
        new InlineIgnorePragma(), new InvalidDefinitionDescription(),
        new InvalidLabelKey(), new RequiredLabelMissing(), new SuperfluousLabel(), new EmptyLabel(), .. LabelFormatRule.Create(),
    ];
}
