// Checks the built editions on their own: no instructor text anywhere under dist/student/, all of it
// under dist/instructor/. The student build runs the same check; this is for CI and for the curious.
import { fileURLToPath } from 'node:url';
import { checkLeaks } from '../src/edition/leak-check.ts';

const started = performance.now();
const report = checkLeaks({
	docsDir: fileURLToPath(new URL('../src/content/docs/', import.meta.url)),
	studentDir: fileURLToPath(new URL('../dist/student/', import.meta.url)),
	instructorDir: fileURLToPath(new URL('../dist/instructor/', import.meta.url)),
});
const scanned = Object.entries(report.scanned)
	.map(([kind, count]) => `${count} ${kind}`)
	.join(', ');
console.log(
	`Leak check passed in ${((performance.now() - started) / 1000).toFixed(1)} s: ${report.pieces} instructor text pieces ` +
		`(${report.blocks} blocks, ${report.pages} instructor-only pages) absent from dist/student (${scanned})` +
		(report.presenceChecked
			? ' and present in dist/instructor.'
			: '; dist/instructor is missing or older than the content, presence not checked.'),
);
