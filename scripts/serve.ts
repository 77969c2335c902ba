// `npm run preview`: serves the built editions as plain static files, as any static host would: the student
// edition on one port, the instructor edition on the next, each under its base path (BASE_PATH) if it has one.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Edition } from '../src/edition/edition.ts';
import { parseBuildFolders } from '../src/host/build-folders.ts';
import { serveEdition } from '../src/host/serve.ts';
import { parseSiteAddress } from '../src/host/site-address.ts';

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
