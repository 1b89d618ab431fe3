namespace Berth.Dockerfile.Tests.Rules;

public sealed class PackageRuleTests
{
    public static TheoryData<string, string, string> Firing => new()
    {
        { "FROM a\nRUN apt-get install -y --no-install-recommends curl\n", "DL3008", "curl" },
        { "FROM a\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.1\n", "DL3009", "apt-get update" },
        { "FROM a\nRUN apt-get install --no-install-recommends curl=1\n", "DL3014", "apt-get install --no-install-recommends curl=1" },
        { "FROM a\nRUN DEBIAN_FRONTEND=noninteractive apt-get install -y curl=1\n", "DL3015", "apt-get install -y curl=1" },
        { "FROM a\nRUN apt install -y curl\n", "DL3027", "apt" },
        { "FROM a\nRUN apk add --no-cache curl\n", "DL3018", "curl" },
        { "FROM a\nRUN apk add curl=1.0\n", "DL3019", "apk add curl=1.0" },
        { "FROM a\nRUN pip install --no-cache-dir requests\n", "DL3013", "requests" },
        { "FROM a\nRUN pip3 install requests==2.0\n", "DL3042", "pip3 install requests==2.0" },
        { "FROM a\nRUN python3 -m pip install requests==2.0\n", "DL3042", "python3 -m pip install requests==2.0" },
        { "FROM a\nRUN npm install -g typescript\n", "DL3016", "typescript" },
        { "FROM a\nRUN npm i @angular/cli\n", "DL3016", "@angular/cli" },
        { "FROM a\nRUN gem install rails\n", "DL3028", "rails" },
        { "FROM a\nRUN go install golang.org/x/tools/gopls@latest\n", "DL3062", "golang.org/x/tools/gopls@latest" },
        { "FROM a\nRUN yum install httpd-2.4 && yum clean all\n", "DL3030", "yum install httpd-2.4" },
        { "FROM a\nRUN yum install -y httpd && yum clean all\n", "DL3033", "httpd" },
        { "FROM a\nRUN yum install -y httpd-2.4\n", "DL3032", "yum install -y httpd-2.4" },
        { "FROM a\nRUN dnf install vim-8.0 && dnf clean all\n", "DL3038", "dnf install vim-8.0" },
        { "FROM a\nRUN dnf install -y vim && dnf clean all\n", "DL3041", "vim" },
        { "FROM a\nRUN dnf install -y vim-8\n", "DL3040", "dnf install -y vim-8" },
        { "FROM a\nRUN zypper install vim=8 && zypper clean\n", "DL3034", "zypper install vim=8" },
        { "FROM a\nRUN zypper -n install vim && zypper clean\n", "DL3037", "vim" },
        { "FROM a\nRUN zypper -n install vim=8\n", "DL3036", "zypper -n install vim=8" },
        { "FROM a\nRUN zypper dist-upgrade\n", "DL3035", "zypper dist-upgrade" },
        { "FROM a\nRUN yarn install\n", "DL3060", "yarn install" },
        { "FROM a\nRUN <<EOF\napt-get update\napt-get install -y --no-install-recommends curl\nEOF\n", "DL3008", "curl" },
        { "FROM a\nRUN set -e; \\\n  if true; then apt-get install -y --no-install-recommends wget; fi\n", "DL3008", "wget" },
    };

    [Theory]
    [MemberData(nameof(Firing))]
    public void Fires_on_the_exact_words(string text, string code, string spanText) => RuleAssert.Fires(text, code, spanText);

    public static TheoryData<string, string> LookAlikes => new()
    {
        { "FROM a\nRUN apt-get install -y --no-install-recommends curl=7.1 ./local.deb\n", "DL3008" },
        { "FROM a\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y curl=1\n", "DL3009" },
        { "FROM a\nRUN apt-get update && apt-get install -y curl=1 && rm -rf /var/lib/apt/lists/*\n", "DL3009" },
        { "FROM a AS build\nRUN apt-get update && apt-get install -y curl=1\nFROM b\nCOPY --from=build /x /x\n", "DL3009" },
        { "FROM a\nRUN apt-get -qq install curl=1\n", "DL3014" },
        { "FROM a\nRUN apt-get install -qy curl=1\n", "DL3014" },
        { "FROM a\nRUN apt-get -o APT::Install-Recommends=false install -y curl=1\n", "DL3015" },
        { "FROM a\nRUN echo apt-get install curl\n", "DL3008" },
        { "FROM a\nRUN apk add --no-cache --virtual .build-deps curl=8.0\n", "DL3018" },
        { "FROM a\nRUN --mount=type=cache,target=/var/cache/apk apk add curl=1\n", "DL3019" },
        { "FROM a\nRUN pip install -r requirements.txt\n", "DL3013" },
        { "FROM a\nRUN pip install . ./pkg 'requests>=2'\n", "DL3013" },
        { "FROM a\nENV PIP_NO_CACHE_DIR=1\nRUN pip install requests==2\n", "DL3042" },
        { "FROM a\nRUN --mount=type=cache,target=/root/.cache/pip pip install requests==2\n", "DL3042" },
        { "FROM a\nRUN PIP_NO_CACHE_DIR=1 pip install requests==2\n", "DL3042" },
        { "FROM a\nRUN npm install\nRUN npm ci\nRUN npm install express@4 @types/node@20\n", "DL3016" },
        { "FROM a\nRUN gem install rails:7.0 && gem install bundler -v 2.4\n", "DL3028" },
        { "FROM a\nRUN go install golang.org/x/tools/gopls@v0.15.0\n", "DL3062" },
        { "FROM a\nRUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install\n", "DL3060" },
        { "FROM a\nRUN yarn install && yarn cache clean\n", "DL3060" },
        { "FROM a\nRUN apt-get install -y curl # apt-get install wget\n", "DL3027" },
    };

    [Theory]
    [MemberData(nameof(LookAlikes))]
    public void Does_not_fire_on_look_alikes(string text, string code) => RuleAssert.Silent(text, code);

    [Theory]
    [InlineData("FROM a\nRUN apt-get install curl=1\n", "DL3014", "FROM a\nRUN apt-get install -y curl=1\n")]
    [InlineData("FROM a\nRUN apt-get install -y curl=1\n", "DL3015", "FROM a\nRUN apt-get install --no-install-recommends -y curl=1\n")]
    [InlineData("FROM a\nRUN apk add curl=1\n", "DL3019", "FROM a\nRUN apk add --no-cache curl=1\n")]
    [InlineData("FROM a\nRUN pip install x==1\n", "DL3042", "FROM a\nRUN pip install --no-cache-dir x==1\n")]
    [InlineData("FROM a\nRUN apt install -y x\n", "DL3027", "FROM a\nRUN apt-get install -y x\n")]
    public void Fixes_edit_the_command(string text, string code, string expected) => Assert.Equal(expected, RuleAssert.Fix(text, code));
}
