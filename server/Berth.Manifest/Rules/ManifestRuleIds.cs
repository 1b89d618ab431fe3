namespace Berth.Manifest.Rules;

/// <summary>
/// The stable ids of manifest findings (BER2xxx). Each has a page docs/rules/&lt;id&gt;.md; ids are never reused.
/// </summary>
public static class ManifestRuleIds
{
    // Reading the file.
    public const string SyntaxError = "BER2001";
    public const string DuplicateKey = "BER2002";
    public const string UnsupportedYamlFeature = "BER2003";
    public const string MultipleDocuments = "BER2004";
    public const string TabIndentation = "BER2005";

    // The schema.
    public const string UnknownProperty = "BER2010";
    public const string InvalidValue = "BER2011";
    public const string MissingProperty = "BER2012";

    // Cross-checks with the Dockerfile and the files around the manifest.
    public const string DockerfileNotFound = "BER2020";
    public const string ContextNotFound = "BER2021";
    public const string UnknownStage = "BER2022";
    public const string UndeclaredBuildArg = "BER2023";
    public const string PortNotExposed = "BER2024";
    public const string HealthcheckPortNotPublished = "BER2025";
    public const string EnvFileNotFound = "BER2026";
    public const string InlineSecret = "BER2027";
    public const string InvalidPortNumber = "BER2028";

    // Using the manifest: environments, templates, references.
    public const string UnknownEnvironment = "BER2030";
    public const string UnknownTagPlaceholder = "BER2031";
    public const string MissingTemplateValue = "BER2032";
    public const string UnsetEnvironmentVariable = "BER2033";
}
