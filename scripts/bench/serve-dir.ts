import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import sirv from 'sirv';

/**
 * Serves a built site folder as a static host would (no compression: the benchmark computes compressed
 * sizes itself, from the bodies). Resolves once it listens; `close()` it when done.
 */
export function serveDir(dir: string, port: number): Promise<Server> {
	if (!existsSync(`${dir}/index.html`)) throw new Error(`${dir} holds no built site (no index.html).`);
	const files = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
	const server = createServer((request, response) => {
		files(request, response, () => {
			response.writeHead(404).end();
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
