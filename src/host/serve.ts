// A static server for one built edition folder, as any static host would serve it, under its base path
// (BASE_PATH) if it has one. Unknown URLs answer 404 with the edition's 404 page.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, relative } from 'node:path';
import sirv from 'sirv';

/** Starts a static server for one built edition folder and resolves once it listens. */
export function serveEdition({
	dir,
	base = '/',
	port,
	host = 'localhost',
}: {
	dir: string;
	base?: string;
	port: number;
	host?: string;
}): Promise<Server> {
	if (!existsSync(join(dir, 'index.html'))) {
		throw new Error(`${relative(process.cwd(), dir)}/ has not been built. Run \`npm run build\` first.`);
	}
	const files = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
	const notFound = readFileSync(join(dir, '404.html'));
	const prefix = base.replace(/\/$/, '');
	const server = createServer((request, response) => {
		const answerNotFound = (): void => {
			response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
			response.end(notFound);
		};
		const url = request.url ?? '/';
		if (prefix !== '') {
			if (url === prefix) {
				response.writeHead(301, { location: base }).end();
				return;
			}
			if (!url.startsWith(`${prefix}/`)) {
				answerNotFound();
				return;
			}
			request.url = url.slice(prefix.length);
		}
		files(request, response, answerNotFound);
	});
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => {
			resolve(server);
		});
	});
}
