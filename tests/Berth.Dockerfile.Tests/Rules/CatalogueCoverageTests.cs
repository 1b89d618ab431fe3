using Berth.Dockerfile.Rules;

namespace Berth.Dockerfile.Tests.Rules;

/// <summary>
/// The hadolint and BuildKit ids of the rule catalogue (2026-08), each named by a Berth rule (as its id or an alias),
/// so that users' ignore lists keep working: the counts docs/rules/README.md states.
/// </summary>
public sealed class CatalogueCoverageTests
{
    private static readonly string[] HadolintIds =
    [
        "DL1001", "DL3000", "DL3001", "DL3002", "DL3003", "DL3004", "DL3006", "DL3007", "DL3008", "DL3009", "DL3010", "DL3011",
        "DL3012", "DL3013", "DL3014", "DL3015", "DL3016", "DL3018", "DL3019", "DL3020", "DL3021", "DL3022", "DL3023", "DL3024",
        "DL3025", "DL3026", "DL3027", "DL3028", "DL3029", "DL3030", "DL3032", "DL3033", "DL3034", "DL3035", "DL3036", "DL3037",
        "DL3038", "DL3040", "DL3041", "DL3042", "DL3043", "DL3044", "DL3045", "DL3046", "DL3047", "DL3048", "DL3049", "DL3050",
        "DL3051", "DL3052", "DL3053", "DL3054", "DL3055", "DL3056", "DL3057", "DL3058", "DL3059", "DL3060", "DL3061", "DL3062",
        "DL3063", "DL3064", "DL3065", "DL3066", "DL3067", "DL4000", "DL4001", "DL4003", "DL4004", "DL4005", "DL4006",
    ];

    private static readonly string[] BuildKitChecks =
    [
        "StageNameCasing", "FromAsCasing", "NoEmptyContinuation", "ConsistentInstructionCasing", "DuplicateStageName",
        "ReservedStageName", "JSONArgsRecommended", "MaintainerDeprecated", "UndefinedArgInFrom", "WorkdirRelativePath",
        "UndefinedVar", "MultipleInstructionsDisallowed", "LegacyKeyValueFormat", "RedundantTargetPlatform",
        "SecretsUsedInArgOrEnv", "InvalidDefaultArgInFrom", "FromPlatformFlagConstDisallowed", "CopyIgnoredFile",
        "InvalidDefinitionDescription", "ExposeProtoCasing", "ExposeInvalidFormat",
    ];

    [Fact]
    public void Every_hadolint_rule_of_the_catalogue_is_named_by_a_Berth_rule()
    {
        Assert.Equal(71, HadolintIds.Length);
        Assert.DoesNotContain(HadolintIds, id => !RuleRegistry.Named(id).Any());
    }

    [Fact]
    public void Every_BuildKit_check_but_the_registry_dependent_one_is_named_by_a_Berth_rule()
    {
        Assert.Equal(21, BuildKitChecks.Length);
        Assert.DoesNotContain(BuildKitChecks, id => !RuleRegistry.Named(id).Any());
        // Needs the pulled base image's platform, which the Dockerfile alone doesn't say.
        Assert.Empty(RuleRegistry.Named("InvalidBaseImagePlatform"));
    }

    [Fact]
    public void Deleted_hadolint_rules_are_not_claimed()
    {
        foreach (var id in new[] { "DL3005", "DL3017", "DL3031", "DL3039", "DL4002" }) Assert.Empty(RuleRegistry.Named(id));
    }
}
