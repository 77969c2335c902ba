// Checks the built editions on their own: no instructor text anywhere under dist/student/, all of it
// under dist/instructor/. The student build runs the same check; this is for CI and for the curious.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkLeaks } from '../src/edition/leak-check.ts';
import { checkPdfLeaks } from '../src/handouts/pdf-leak-check.ts';

const started = performance.now();
const docsDir = fileURLToPath(new URL('../src/content/docs/', import.meta.url));
const report = checkLeaks({
	docsDir,
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

// The student handouts, when they have been printed: every PDF's text.
const handouts = fileURLToPath(new URL('../dist/student/handouts/', import.meta.url));
if (existsSync(handouts)) {
	const pdfs = readdirSync(handouts)
		.filter((name) => name.endsWith('.pdf'))
		.map((name) => ({ path: join(handouts, name), data: new Uint8Array(readFileSync(join(handouts, name))) }));
	const pdfReport = await checkPdfLeaks({ docsDir, pdfs });
	console.log(`Leak check passed on ${String(pdfReport.files)} student handouts (dist/student/handouts/).`);
}
