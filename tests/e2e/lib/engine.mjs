// The real test Docker engine, asked directly over its API (no docker CLI needed): the e2e test checks
// what a build from the workbench left in the engine, the way a user would run `docker image inspect`.
// The address is DOCKER_HOST, as scripts/test-env/docker-env.sh exports it (unix:// or tcp://).
import { request } from 'node:http';

/** Where the engine listens: { socketPath } for unix://, { host, port } for tcp://. */
export function engineAddress(dockerHost) {
  if (!dockerHost) {
    throw new Error('DOCKER_HOST is not set; start the test engine and export its address first: '
      + 'bash scripts/test-env/docker-env.sh start && set -a && . "$(bash scripts/test-env/docker-env.sh env)" && set +a');
  }
  const url = new URL(dockerHost);
  if (url.protocol === 'unix:') return { socketPath: url.pathname };
  if (url.protocol === 'tcp:' || url.protocol === 'http:') return { host: url.hostname, port: Number(url.port || 2375) };
  throw new Error(`DOCKER_HOST=${dockerHost} is neither unix:// nor tcp://; the e2e test can't reach that engine.`);
}

function call(address, method, path) {
  return new Promise((resolve, reject) => {
    const req = request({ ...address, method, path, timeout: 30_000 }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('timeout', () => req.destroy(new Error(`the engine did not answer ${method} ${path} within 30 s`)));
    req.on('error', reject);
    req.end();
  });
}

/** The image's inspect data, or undefined when the engine has no such image. */
export async function inspectImage(address, reference) {
  const { status, body } = await call(address, 'GET', `/images/${encodeURI(reference)}/json`);
  if (status === 404) return undefined;
  if (status !== 200) throw new Error(`the engine answered ${status} to image inspect ${reference}: ${body.trim()}`);
  return JSON.parse(body);
}

/** Removes the image (forced) so that a later inspect proves a new build; no image is fine. */
export async function removeImage(address, reference) {
  const { status, body } = await call(address, 'DELETE', `/images/${encodeURI(reference)}?force=1`);
  if (status !== 200 && status !== 404) throw new Error(`the engine answered ${status} to removing ${reference}: ${body.trim()}`);
}
