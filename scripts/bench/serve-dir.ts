import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import compression from 'compression';
import sirv from 'sirv';

/**
 * Serves a built site folder as a static host would, gzip included: every host the README recommends
 * (CloudFront, GitHub Pages) compresses text, and Lighthouse's simulated mobile network would otherwise time
 * an uncompressed download no reader gets. (Page weights are computed from the decoded bodies, compressed
 * and not, by the benchmark itself.) Resolves once it listens; `close()` it when done.
 */
export function serveDir(dir: string, port: number): Promise<Server> {
	if (!existsSync(`${dir}/index.html`)) throw new Error(`${dir} holds no built site (no index.html).`);
	const files = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
	const compress = compression();
	const server = createServer((request, response) => {
		compress(request as never, response as never, () => {
			files(request, response, () => {
				response.writeHead(404).end();
			});
		});
	});
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, 'localhost', () => {
			resolve(server);
		});
	});
}

/** Stops a server started by {@link serveDir}. */
export function closeServer(server: Server): Promise<void> {
	return new Promise((resolve) => {
		server.close(() => {
			resolve();
		});
		server.closeAllConnections();
	});
}
