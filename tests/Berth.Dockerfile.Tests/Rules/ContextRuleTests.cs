using Berth.Dockerfile.BuildContext;
using Berth.Dockerfile.Diagnostics;
using Berth.Dockerfile.Linting;

namespace Berth.Dockerfile.Tests.Rules;

/// <summary>An in-memory build context: a list of files (their parent folders exist too) and a .dockerignore text.</summary>
internal sealed class FakeBuildContext(string dockerIgnore, params string[] files) : IBuildContext
{
    private readonly HashSet<string> _paths = files.SelectMany(Prefixes).ToHashSet(StringComparer.Ordinal);

    public DockerIgnoreFile Ignore { get; } = DockerIgnoreFile.Parse(dockerIgnore);

    public IReadOnlyDictionary<string, string> BuildArgs { get; init; } = new Dictionary<string, string>();

    /// <summary>Folders whose listing fails (as an unreadable folder on disk).</summary>
    public IReadOnlySet<string> Unlistable { get; init; } = new HashSet<string>();

    public bool Exists(string path) => _paths.Contains(path);

    public IReadOnlyList<string>? Entries(string folder)
    {
        if (Unlistable.Contains(folder) || (folder != "." && !_paths.Contains(folder))) return null;
        var prefix = folder == "." ? "" : folder + "/";
        return _paths.Where(p => p.StartsWith(prefix, StringComparison.Ordinal) && p.Length > prefix.Length && p.IndexOf('/', prefix.Length) < 0)
            .Select(p => p[prefix.Length..]).Order(StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<string> Prefixes(string file)
    {
        for (var i = file.IndexOf('/'); i >= 0; i = file.IndexOf('/', i + 1)) yield return file[..i];
        yield return file;
    }
}

public sealed class ContextRuleTests
{
    private static readonly string[] Files = ["app.py", "README.md", "docs/guide.md", "src/main.go", "src/vendor/x.go", "secret.env", "go.mod"];

    private static IReadOnlyList<Diagnostic> Lint(string dockerfile, string dockerIgnore) =>
        Linter.Lint(DockerfileDocument.Parse(dockerfile), LintSettings.Default, new FakeBuildContext(dockerIgnore, Files));

    public static TheoryData<string, string, string, string> Firing => new()
    {
        { "FROM a:1\nCOPY README.md /doc/\n", "*.md\n", "CopyIgnoredFile", "README.md" },
        { "FROM a:1\nCOPY docs/guide.md /doc/\n", "**/*.md\n", "CopyIgnoredFile", "docs/guide.md" },
        { "FROM a:1\nCOPY src/vendor /v\n", "src/vendor\n", "CopyIgnoredFile", "src/vendor" },
        { "FROM a:1\nCOPY src/main.go /s/\n", "/src\n", "CopyIgnoredFile", "src/main.go" },
        { "FROM a:1\nADD ./secret.env /etc/\n", "*.env\n", "CopyIgnoredFile", "./secret.env" },
        { "FROM a:1\nCOPY [\"README.md\", \"/doc/\"]\n", "*.md\n", "CopyIgnoredFile", "\"README.md\"" },
        { "FROM a:1\nCOPY README.md /doc/\n", "*\n!README.md\n*.md\n", "CopyIgnoredFile", "README.md" },
        { "FROM a:1\nCOPY missing.py /app/\n", "", "BER0030", "missing.py" },
        { "FROM a:1\nCOPY app.py lib/ /app/\n", "", "BER0030", "lib/" },
        { "FROM a:1\nCOPY --chown=1:1 src/nope.go /s/\n", "*.md\n", "BER0030", "src/nope.go" },
        { "FROM a:1\nCOPY \\\n    App.py /app/\n", "", "BER0030", "App.py" },
        { "FROM a:1\nCOPY *.json /app/\n", "", "BER0030", "*.json" },
        { "FROM a:1\nCOPY src/*.rs /s/\n", "", "BER0030", "src/*.rs" },
        { "FROM a:1\nCOPY */*.go /s/\n", "src\n", "CopyIgnoredFile", "*/*.go" },
        { "FROM a:1\nCOPY *.md /doc/\n", "*.md\n", "CopyIgnoredFile", "*.md" },
        { "FROM a:1\nARG F=x\nCOPY ${F} /x\n", "", "BER0030", "${F}" },
        { "FROM a:1\nARG NAME=secret\nCOPY $NAME.env /etc/\n", "*.env\n", "CopyIgnoredFile", "$NAME.env" },
        { "FROM a:1\nENV DIR=docs\nCOPY ${DIR}/*.txt /doc/\n", "", "BER0030", "${DIR}/*.txt" },
        { "ARG SRC=src\nFROM a:1\nARG SRC\nCOPY $SRC/nope.go /s/\n", "", "BER0030", "$SRC/nope.go" },
    };

    [Theory]
    [MemberData(nameof(Firing))]
    public void Reports_on_the_exact_source(string dockerfile, string dockerIgnore, string code, string spanText)
    {
        var found = Lint(dockerfile, dockerIgnore).Where(d => d.Code == code).ToList();
        var diagnostic = Assert.Single(found);
        Assert.Equal(spanText, dockerfile.Substring(diagnostic.Span.Start, diagnostic.Span.Length));
        Assert.EndsWith($"/docs/rules/{code}.md", diagnostic.HelpUri!.ToString(), StringComparison.Ordinal);
    }

    public static TheoryData<string, string> Silent => new()
    {
        { "FROM a:1\nCOPY README.md app.py /app/\n", "*.md\n!README.md\n" },
        { "FROM a:1\nCOPY docs/guide.md /doc/\n", "*.md\n" },
        { "FROM a:1\nCOPY src /s\n", "src/vendor\n" },
        { "FROM a:1\nCOPY . /app\n", "*\n" },
        { "FROM a:1\nCOPY *.md /doc/\n", "" },
        { "FROM a:1\nCOPY src/*.go /s/\n", "*.go\n!src/main.go\n" },
        { "FROM a:1\nCOPY src/*.go /s/\n", "src/vendor\n" },
        { "FROM a:1\nARG F\nCOPY ${F} /x\n", "" },
        { "FROM a:1\nARG F=app.py\nCOPY ${F:-nope} /x\n", "" },
        { "FROM a:1\nCOPY ${HOME}/x /x\n", "" },
        { "FROM a:1\nARG D=src\nENV F=main.go\nCOPY $D/${F} /x\n", "" },
        { "FROM a:1\nCOPY [\"*.py\", \"/app/\"]\n", "" },
        { "FROM a:1\nCOPY s?c/m[a-z]in.go /x\n", "" },
        { "FROM a:1\nCOPY *.[ch /x\n", "" },
        { "FROM a:1\nCOPY $F /x\n", "" },
        { "FROM a:1 AS b\nFROM a:1\nCOPY --from=b /missing /x\n", "" },
        { "FROM a:1\nCOPY --from=alpine:3 /etc/os-release /x\n", "*\n" },
        { "FROM a:1\nADD https://example.com/x.tgz /x\n", "" },
        { "FROM a:1\nADD git@github.com:o/r.git /r\n", "" },
        { "FROM a:1\nCOPY <<EOF /etc/conf\nhello\nEOF\n", "" },
        { "FROM a:1\nCOPY ../outside /x\n", "" },
        { "FROM a:1\nCOPY /app.py ./go.mod /x/\n", "" },
        { "FROM a:1\nCOPY src/ /s/\n", "" },
        { "FROM a:1\n# hadolint ignore=BER0030\nCOPY nope /x\n", "" },
        { "FROM a:1\nRUN cat missing.py\nWORKDIR missing\n", "" },
    };

    [Theory]
    [MemberData(nameof(Silent))]
    public void Stays_silent_on_look_alikes(string dockerfile, string dockerIgnore)
    {
        var found = Lint(dockerfile, dockerIgnore).Where(d => d.Code is "CopyIgnoredFile" or "BER0030").Select(d => $"{d.Code} at {d.Span}: {d.Message}");
        Assert.Empty(found);
    }

    [Fact]
    public void A_glob_is_ignored_only_when_every_match_is()
    {
        const string text = "FROM a:1\nCOPY s* /x/\n";
        var some = Lint(text, "*.env\n").Where(d => d.Code is "CopyIgnoredFile" or "BER0030");
        Assert.Empty(some);
        var all = Assert.Single(Lint(text, "s*\n"), d => d.Code == "CopyIgnoredFile");
        Assert.Contains("secret.env, src", all.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_arguments_of_the_build_replace_ARG_defaults()
    {
        const string text = "FROM a:1\nARG APP=app.py\nENV APP=x\nARG MOD=nope\nCOPY ${MOD}.mod /m/\n";
        var context = new FakeBuildContext("", Files) { BuildArgs = new Dictionary<string, string> { ["MOD"] = "go" } };
        Assert.DoesNotContain(Linter.Lint(DockerfileDocument.Parse(text), LintSettings.Default, context), d => d.Code == "BER0030");
        var missing = Assert.Single(Lint(text, ""), d => d.Code == "BER0030");
        Assert.Contains("expanded: 'nope.mod'", missing.Message, StringComparison.Ordinal);
        // ENV is set in the Dockerfile, not by --build-arg: a build argument of the same name does not replace it.
        const string env = "FROM a:1\nENV F=nope.py\nCOPY $F /app/\n";
        var withArg = new FakeBuildContext("", Files) { BuildArgs = new Dictionary<string, string> { ["F"] = "app.py" } };
        Assert.Contains(Linter.Lint(DockerfileDocument.Parse(env), LintSettings.Default, withArg), d => d.Code == "BER0030");
    }

    [Fact]
    public void A_glob_is_left_alone_when_its_folder_cannot_be_listed()
    {
        var context = new FakeBuildContext("", Files) { Unlistable = new HashSet<string> { "src" } };
        var found = Linter.Lint(DockerfileDocument.Parse("FROM a:1\nCOPY src/*.rs /s/\nCOPY *.nope /x/\n"), LintSettings.Default, context);
        Assert.Equal(["*.nope"], found.Where(d => d.Code == "BER0030").Select(d => "FROM a:1\nCOPY src/*.rs /s/\nCOPY *.nope /x/\n".Substring(d.Span.Start, d.Span.Length)));
    }

    [Fact]
    public void The_missing_source_message_names_the_context()
    {
        var diagnostic = Assert.Single(Lint("FROM a:1\nCOPY nope /x\n", ""), d => d.Code == "BER0030");
        Assert.Contains("the Dockerfile's folder", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ignored_missing_source_is_reported_once_as_ignored()
    {
        var codes = Lint("FROM a:1\nCOPY notes.md /doc/\n", "*.md\n").Select(d => d.Code).ToList();
        Assert.Contains("CopyIgnoredFile", codes);
        Assert.DoesNotContain("BER0030", codes);
    }

    [Fact]
    public void Without_a_build_context_the_rules_are_silent_and_the_old_overload_still_works()
    {
        const string text = "FROM a:1\nCOPY missing.py README.md /app/\n";
        var diagnostics = Linter.Lint(DockerfileDocument.Parse(text), LintSettings.Default);
        Assert.DoesNotContain(diagnostics, d => d.Code is "CopyIgnoredFile" or "BER0030");
        Assert.Contains(Lint(text, "*.md\n"), d => d.Code == "BER0030");
    }

    [Fact]
    public void The_message_says_what_to_do()
    {
        var diagnostic = Assert.Single(Lint("FROM a:1\nCOPY README.md /doc/\n", "*.md\n"), d => d.Code == "CopyIgnoredFile");
        Assert.Contains("!README.md", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(Severity.Warning, diagnostic.Severity);
    }
}
