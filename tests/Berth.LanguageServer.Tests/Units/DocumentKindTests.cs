using Berth.LanguageServer.Documents;

namespace Berth.LanguageServer.Tests.Units;

public sealed class DocumentKindTests
{
    [Theory]
    [InlineData("file:///w/Dockerfile", "plaintext")]
    [InlineData("file:///w/api.Dockerfile", "")]
    [InlineData("file:///w/Dockerfile.dev", "")]
    [InlineData("file:///w/Containerfile", "")]
    [InlineData("file:///w/My%20App/Dockerfile", "")]
    [InlineData("untitled:Untitled-1", "dockerfile")]
    [InlineData("file:///w/build.txt", "dockerfile")]
    public void Dockerfiles_are_recognised_by_name_or_language_id(string uri, string languageId) =>
        Assert.True(DocumentKind.IsDockerfile(uri, languageId));

    [Theory]
    [InlineData("file:///w/README.md", "markdown")]
    [InlineData("file:///w/Dockerfile.dockerignore", "ignore")]
    [InlineData("file:///w/berth.yaml", "yaml")]
    [InlineData("file:///Dockerfile/notes.txt", "plaintext")]
    public void Other_documents_are_not_analysed(string uri, string languageId) =>
        Assert.False(DocumentKind.IsDockerfile(uri, languageId));
}
