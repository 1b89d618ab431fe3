// Which files Berth serves. The same patterns appear in package.json's `when` clauses (VS Code can't
// import them); a unit test keeps the two in step.

/** Dockerfile, Containerfile, *.Dockerfile, Dockerfile.*, Containerfile.* (as BuildKit and Podman name them). */
export const dockerfileNamePattern = /^(Dockerfile|Containerfile)(\..+)?$|^.+\.(Dockerfile|Containerfile)$/;

/** The deployment manifest: berth.yaml (or .yml) and berth.json. */
export const manifestNamePattern = /^berth\.(ya?ml|json)$/;

/** The `when` clause fragment that matches a manifest, as written in package.json. */
export const manifestWhenClause = 'resourceFilename =~ /^berth\\.(ya?ml|json)$/';

function baseName(path: string): string {
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return path.slice(slash + 1);
}

export function isDockerfilePath(path: string): boolean {
  return dockerfileNamePattern.test(baseName(path));
}

export function isManifestPath(path: string): boolean {
  return manifestNamePattern.test(baseName(path));
}
