using System.Text;

namespace Berth.Benchmarks.Corpus;

/// <summary>
/// A folder's worth of Dockerfiles shaped like the ones people actually write (application images for
/// Node, Python, Go, Java and Rust, static sites on nginx, and official-image style Debian/Alpine builds
/// with long RUN chains, ARG-driven versions and heredocs), for measuring lint throughput. Deterministic in
/// (count, seed). Files are named so that `berth lint FOLDER` finds every one of them: NNN-kind/Dockerfile.
/// </summary>
public static class RealisticCorpus
{
    public const int DefaultCount = 300;

    private delegate string Template(DeterministicRandom random, int index);

    private static readonly (string Kind, Template Write)[] Templates =
    [
        ("node", NodeApp),
        ("python", PythonApp),
        ("go", GoService),
        ("static", StaticSite),
        ("java", JavaService),
        ("rust", RustTool),
        ("debian-official", DebianOfficialStyle),
        ("alpine-tool", AlpineTool),
    ];

    public static IReadOnlyList<string> Kinds { get; } = Templates.Select(t => t.Kind).ToArray();

    public static IReadOnlyList<CorpusFile> Generate(int count = DefaultCount, ulong seed = 7)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var random = new DeterministicRandom(seed);
        var files = new List<CorpusFile>(count);
        for (var i = 0; i < count; i++)
        {
            var (kind, write) = Templates[i % Templates.Length];
            files.Add(new CorpusFile($"{i:D3}-{kind}/Dockerfile", write(random, i)));
        }
        return files;
    }

    /// <summary>Writes the corpus under <paramref name="folder"/> (created; existing files overwritten).</summary>
    public static IReadOnlyList<string> WriteTo(string folder, int count = DefaultCount, ulong seed = 7)
    {
        var paths = new List<string>(count);
        foreach (var file in Generate(count, seed))
        {
            var path = Path.Combine(folder, file.RelativePath.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Text);
            paths.Add(path);
        }
        return paths;
    }

    private static string Version(DeterministicRandom r, int major) => $"{major}.{r.Next(0, 20)}.{r.Next(0, 15)}";

    private static string NodeApp(DeterministicRandom r, int i)
    {
        var node = r.Pick(new[] { "18", "20", "22" });
        var sb = new StringBuilder();
        sb.Append($"# syntax=docker/dockerfile:1\n");
        sb.Append($"ARG NODE_VERSION={node}\n\n");
        sb.Append("FROM node:${NODE_VERSION}-alpine AS deps\n");
        sb.Append("WORKDIR /app\n");
        sb.Append("COPY package.json package-lock.json ./\n");
        sb.Append("RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev\n\n");
        sb.Append("FROM node:${NODE_VERSION}-alpine AS build\n");
        sb.Append("WORKDIR /app\n");
        sb.Append("COPY --from=deps /app/node_modules ./node_modules\n");
        sb.Append("COPY . .\n");
        sb.Append("RUN npm run build\n\n");
        sb.Append("FROM node:${NODE_VERSION}-alpine\n");
        sb.Append("ENV NODE_ENV=production\n");
        sb.Append($"ENV PORT={3000 + i % 100}\n");
        sb.Append("WORKDIR /app\n");
        if (r.Chance(30)) sb.Append("RUN apk add --no-cache tini\n");
        sb.Append("COPY --from=build --chown=node:node /app/dist ./dist\n");
        sb.Append("COPY --from=deps --chown=node:node /app/node_modules ./node_modules\n");
        sb.Append("USER node\n");
        sb.Append("EXPOSE ${PORT}\n");
        if (r.Chance(50)) sb.Append("HEALTHCHECK --interval=30s --timeout=3s CMD wget -qO- http://localhost:${PORT}/health || exit 1\n");
        sb.Append(r.Chance(80) ? "CMD [\"node\", \"dist/server.js\"]\n" : "CMD node dist/server.js\n");
        return sb.ToString();
    }

    private static string PythonApp(DeterministicRandom r, int i)
    {
        var py = r.Pick(new[] { "3.10", "3.11", "3.12" });
        var sb = new StringBuilder();
        sb.Append($"FROM python:{py}-slim\n\n");
        sb.Append("ENV PYTHONDONTWRITEBYTECODE=1 \\\n    PYTHONUNBUFFERED=1 \\\n    PIP_NO_CACHE_DIR=1\n\n");
        sb.Append("RUN apt-get update \\\n");
        sb.Append("    && apt-get install -y --no-install-recommends \\\n");
        foreach (var p in new[] { "build-essential", "libpq-dev", "curl" }.Take(r.Next(1, 4)))
            sb.Append($"        {p} \\\n");
        sb.Append("    && rm -rf /var/lib/apt/lists/*\n\n");
        sb.Append("WORKDIR /srv/app\n");
        sb.Append("COPY requirements.txt .\n");
        sb.Append("RUN pip install -r requirements.txt\n");
        sb.Append("COPY . .\n");
        sb.Append($"RUN useradd --create-home --uid {1000 + i % 50} app\n");
        sb.Append("USER app\n");
        sb.Append($"EXPOSE {8000 + i % 10}\n");
        sb.Append(r.Chance(50)
            ? "CMD [\"gunicorn\", \"--bind\", \"0.0.0.0:8000\", \"app.wsgi:application\"]\n"
            : "ENTRYPOINT [\"python\", \"-m\", \"app\"]\n");
        return sb.ToString();
    }

    private static string GoService(DeterministicRandom r, int i)
    {
        var sb = new StringBuilder();
        sb.Append("# syntax=docker/dockerfile:1.7\n");
        sb.Append($"ARG GO_VERSION=1.{r.Next(20, 24)}\n");
        sb.Append("FROM --platform=$BUILDPLATFORM golang:${GO_VERSION} AS build\n");
        sb.Append("ARG TARGETOS TARGETARCH\n");
        sb.Append("WORKDIR /src\n");
        sb.Append("COPY go.mod go.sum ./\n");
        sb.Append("RUN --mount=type=cache,target=/go/pkg/mod go mod download\n");
        sb.Append("COPY . .\n");
        sb.Append("RUN --mount=type=cache,target=/go/pkg/mod \\\n");
        sb.Append("    --mount=type=cache,target=/root/.cache/go-build \\\n");
        sb.Append($"    CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -trimpath -ldflags=\"-s -w\" -o /out/service-{i} ./cmd/service\n\n");
        sb.Append(r.Chance(50) ? "FROM gcr.io/distroless/static-debian12:nonroot\n" : "FROM scratch\n");
        sb.Append($"COPY --from=build /out/service-{i} /service\n");
        sb.Append("USER 65532:65532\n");
        sb.Append("EXPOSE 8080/tcp\n");
        sb.Append("ENTRYPOINT [\"/service\"]\n");
        return sb.ToString();
    }

    private static string StaticSite(DeterministicRandom r, int i)
    {
        var sb = new StringBuilder();
        sb.Append("FROM node:20 AS build\n");
        sb.Append("WORKDIR /site\n");
        sb.Append("COPY . .\n");
        sb.Append("RUN npm ci && npm run build\n\n");
        sb.Append($"FROM nginx:1.{r.Next(24, 28)}-alpine\n");
        sb.Append("COPY <<EOF /etc/nginx/conf.d/default.conf\n");
        sb.Append("server {\n    listen 80;\n    root /usr/share/nginx/html;\n");
        sb.Append($"    location / {{ try_files $uri $uri/ /index.html; }}\n}}\nEOF\n");
        sb.Append("COPY --from=build /site/dist /usr/share/nginx/html\n");
        sb.Append($"LABEL maintainer=\"team-{i % 7}@example.com\"\n");
        sb.Append("EXPOSE 80\n");
        return sb.ToString();
    }

    private static string JavaService(DeterministicRandom r, int i)
    {
        var jdk = r.Pick(new[] { "17", "21" });
        var sb = new StringBuilder();
        sb.Append($"FROM eclipse-temurin:{jdk}-jdk AS build\n");
        sb.Append("WORKDIR /workspace\n");
        sb.Append("COPY mvnw pom.xml ./\nCOPY .mvn .mvn\n");
        sb.Append("RUN ./mvnw -B dependency:go-offline\n");
        sb.Append("COPY src src\n");
        sb.Append("RUN ./mvnw -B package -DskipTests && mkdir -p target/extracted && java -Djarmode=layertools -jar target/*.jar extract --destination target/extracted\n\n");
        sb.Append($"FROM eclipse-temurin:{jdk}-jre\n");
        sb.Append("ARG EXTRACTED=/workspace/target/extracted\n");
        foreach (var layer in new[] { "dependencies", "spring-boot-loader", "snapshot-dependencies", "application" })
            sb.Append($"COPY --from=build ${{EXTRACTED}}/{layer}/ ./\n");
        sb.Append($"ENV JAVA_OPTS=\"-XX:MaxRAMPercentage={r.Next(50, 80)}\"\n");
        sb.Append("EXPOSE 8080\n");
        if (r.Chance(20)) sb.Append("MAINTAINER someone@example.com\n");
        sb.Append("ENTRYPOINT [\"java\", \"org.springframework.boot.loader.launch.JarLauncher\"]\n");
        return sb.ToString();
    }

    private static string RustTool(DeterministicRandom r, int i)
    {
        var sb = new StringBuilder();
        sb.Append($"FROM rust:1.{r.Next(75, 83)} AS builder\n");
        sb.Append("WORKDIR /usr/src/app\n");
        sb.Append("COPY . .\n");
        sb.Append("RUN --mount=type=cache,target=/usr/local/cargo/registry cargo install --path .\n\n");
        sb.Append("FROM debian:bookworm-slim\n");
        sb.Append("RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*\n");
        sb.Append($"COPY --from=builder /usr/local/cargo/bin/tool-{i} /usr/local/bin/tool\n");
        if (r.Chance(25)) sb.Append("WORKDIR data\n");
        sb.Append("CMD [\"tool\"]\n");
        return sb.ToString();
    }

    private static string DebianOfficialStyle(DeterministicRandom r, int i)
    {
        var sb = new StringBuilder();
        sb.Append("FROM debian:bookworm-slim\n\n");
        sb.Append("# add our user and group first to make sure their IDs get assigned consistently\n");
        sb.Append($"RUN groupadd -r svc{i} --gid=999 && useradd -r -g svc{i} --uid=999 svc{i}\n\n");
        sb.Append($"ENV GOSU_VERSION {Version(r, 1)}\n");
        sb.Append("RUN set -eux; \\\n");
        sb.Append("\tsavedAptMark=\"$(apt-mark showmanual)\"; \\\n");
        sb.Append("\tapt-get update; \\\n");
        sb.Append("\tapt-get install -y --no-install-recommends ca-certificates gnupg wget; \\\n");
        sb.Append("\trm -rf /var/lib/apt/lists/*; \\\n");
        sb.Append("\tdpkgArch=\"$(dpkg --print-architecture | awk -F- '{ print $NF }')\"; \\\n");
        sb.Append("\twget -O /usr/local/bin/gosu \"https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-$dpkgArch\"; \\\n");
        sb.Append("\twget -O /usr/local/bin/gosu.asc \"https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-$dpkgArch.asc\"; \\\n");
        sb.Append("\texport GNUPGHOME=\"$(mktemp -d)\"; \\\n");
        sb.Append("\tgpg --batch --keyserver hkps://keys.openpgp.org --recv-keys B42F6819007F00F88E364FD4036A9C25BF357DD4; \\\n");
        sb.Append("\tgpg --batch --verify /usr/local/bin/gosu.asc /usr/local/bin/gosu; \\\n");
        sb.Append("\tgpgconf --kill all; \\\n");
        sb.Append("\trm -rf \"$GNUPGHOME\" /usr/local/bin/gosu.asc; \\\n");
        sb.Append("\tapt-mark auto '.*' > /dev/null; \\\n");
        sb.Append("\t[ -z \"$savedAptMark\" ] || apt-mark manual $savedAptMark > /dev/null; \\\n");
        sb.Append("\tapt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false; \\\n");
        sb.Append("\tchmod +x /usr/local/bin/gosu; \\\n");
        sb.Append("\tgosu --version; \\\n");
        sb.Append("\tgosu nobody true\n\n");
        sb.Append($"ENV APP_MAJOR {r.Next(10, 17)}\n");
        sb.Append($"ENV APP_VERSION {Version(r, 16)}\n");
        sb.Append("RUN mkdir /docker-entrypoint-initdb.d\n");
        sb.Append("VOLUME /var/lib/app/data\n");
        sb.Append("COPY docker-entrypoint.sh /usr/local/bin/\n");
        sb.Append("ENTRYPOINT [\"docker-entrypoint.sh\"]\n");
        sb.Append("STOPSIGNAL SIGINT\n");
        sb.Append($"EXPOSE {5432 + i % 3}\n");
        sb.Append("CMD [\"app-server\"]\n");
        return sb.ToString();
    }

    private static string AlpineTool(DeterministicRandom r, int i)
    {
        var sb = new StringBuilder();
        sb.Append($"FROM alpine:3.{r.Next(17, 21)}\n");
        sb.Append($"ARG TOOL_VERSION={Version(r, 2)}\n");
        sb.Append("RUN apk add --no-cache bash curl jq\n");
        sb.Append("SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n");
        sb.Append("RUN <<EOT\n");
        sb.Append("set -e\n");
        sb.Append("curl -fsSL \"https://example.com/tool/${TOOL_VERSION}/tool.tar.gz\" | tar -xz -C /usr/local/bin\n");
        sb.Append("tool --version\n");
        sb.Append("EOT\n");
        if (r.Chance(15)) sb.Append("RUN cd /tmp && echo done\n");
        sb.Append($"COPY --chmod=755 run-{i}.sh /usr/local/bin/run.sh\n");
        sb.Append("ENTRYPOINT [\"/usr/local/bin/run.sh\"]\n");
        return sb.ToString();
    }
}
