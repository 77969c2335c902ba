// Serves the built editions as plain static files, as any static host would: the student edition on
// one port, the instructor edition on the next, each under its base path (BASE_PATH) if it has one.
// Unknown URLs answer 404 with the edition's 404 page.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { parseBuildFolders } from '../src/build-folders.ts';
import type { Edition } from '../src/edition/edition.ts';
import { parseSiteAddress } from '../src/site-address.ts';

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

if (import.meta.url === `file://${process.argv[1]}`) {
	const { dist } = parseBuildFolders(fileURLToPath(new URL('../', import.meta.url)), process.env);
	const { base } = parseSiteAddress(process.env);
	const ports: Record<Edition, number> = {
		student: Number(process.env['STUDENT_PORT'] ?? 4321),
		instructor: Number(process.env['INSTRUCTOR_PORT'] ?? 4322),
	};
	for (const edition of ['student', 'instructor'] as const) {
		await serveEdition({ dir: join(dist, edition), base, port: ports[edition] });
	}
	console.log(`\n  Student edition:    http://localhost:${String(ports.student)}${base}`);
	console.log(
		`  Instructor edition: http://localhost:${String(ports.instructor)}${base}  (not for distribution to students)\n`,
	);
	console.log('  Press Ctrl+C to stop.');
}
