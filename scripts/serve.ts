// Serves the built editions as plain static files, as any static host would: the student edition on
// one port, the instructor edition on the next. Unknown URLs answer 404 with the edition's 404 page.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import type { Edition } from '../src/edition/edition.ts';

/** Starts a static server for one built edition and resolves once it listens. */
export function serveEdition(edition: Edition, port: number, host = 'localhost'): Promise<Server> {
	const dir = fileURLToPath(new URL(`../dist/${edition}/`, import.meta.url));
	if (!existsSync(`${dir}index.html`)) {
		throw new Error(`dist/${edition}/ has not been built. Run \`npm run build\` first.`);
	}
	const files = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
	const notFound = readFileSync(`${dir}404.html`);
	const server = createServer((request, response) => {
		files(request, response, () => {
			response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
			response.end(notFound);
		});
	});
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => {
			resolve(server);
		});
	});
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const studentPort = Number(process.env['STUDENT_PORT'] ?? 4321);
	const instructorPort = Number(process.env['INSTRUCTOR_PORT'] ?? 4322);
	await serveEdition('student', studentPort);
	await serveEdition('instructor', instructorPort);
	console.log(`\n  Student edition:    http://localhost:${studentPort}/`);
	console.log(`  Instructor edition: http://localhost:${instructorPort}/  (not for distribution to students)\n`);
	console.log('  Press Ctrl+C to stop.');
}
