using Berth.LanguageServer.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace Berth.LanguageServer.Tests;

/// <summary>The workspace's .hadolint.yaml applies in the editor, under the editor's own settings.</summary>
public sealed class HadolintConfigTests
{
    [Fact]
    public async Task The_workspace_root_hadolint_yaml_is_applied_to_diagnostics()
    {
        var root = Directory.CreateTempSubdirectory("berth-lsp-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(root, ".hadolint.yaml"), "override:\n  info:\n    - BER0001\n");
            await using var client = LspTestClient.Start();
            var parameters = new JObject { ["processId"] = null, ["rootUri"] = new Uri(root + "/").AbsoluteUri, ["capabilities"] = new JObject() };
            var init = await client.RequestAsync("initialize", parameters);
            Assert.NotNull(init["result"]);
            await client.NotifyAsync("initialized", new JObject());

            var uri = new Uri(Path.Combine(root, "Dockerfile")).AbsoluteUri;
            await client.OpenAsync(uri, "FROM alpine:3.20\nFORM x\n");
            var diagnostics = await client.WaitForDiagnosticsAsync(uri, 1);

            var unknown = Assert.Single(diagnostics, d => (string?)d["code"] == "BER0001");
            Assert.Equal(3, (int)unknown["severity"]!); // info, as the file says
            Assert.Equal(0, await client.ShutdownAndExitAsync());
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
