// Builds the editions named on the command line (default: both). Instructor first, so the student
// build's leak check can also prove every instructor text is present where it belongs.
// A failed edition leaves no dist/<edition>/ behind: nothing is published half-right. Then the PDF
// handouts of the editions it built are printed from them (`--no-handouts` skips that).
import { rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBuildFolders } from '../src/host/build-folders.ts';
import { editions, parseEdition, type Edition } from '../src/edition/edition.ts';
import { generateHandouts } from '../src/handouts/generate.ts';
import { parseSiteAddress } from '../src/host/site-address.ts';
import { runAstro } from './astro-cli.ts';

const args = process.argv.slice(2);
const withHandouts = !args.includes('--no-handouts');
const named = args.filter((arg) => arg !== '--no-handouts');
const requested: Edition[] = named.length > 0 ? named.map(parseEdition) : [...editions];
const order = [...requested].sort((a, b) => (a === 'instructor' ? -1 : b === 'instructor' ? 1 : 0));
const root = fileURLToPath(new URL('../', import.meta.url));
const folders = parseBuildFolders(root, process.env);
const { base } = parseSiteAddress(process.env);
const outDirOf = (edition: Edition): string => join(folders.dist, edition);
const shown = (edition: Edition): string => `${relative(root, outDirOf(edition))}/`;

const timings: string[] = [];
for (const edition of order) {
	const outDir = outDirOf(edition);
	await rm(outDir, { recursive: true, force: true });
	const started = performance.now();
	console.log(`\n▶ Building the ${edition} edition`);
	const { code } = await runAstro(['build'], { edition });
	if (code !== 0) {
		await rm(outDir, { recursive: true, force: true });
		console.error(`\n✗ The ${edition} edition failed to build (see above); ${shown(edition)} was removed.`);
		process.exit(code);
	}
	timings.push(`${edition} ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
if (withHandouts) {
	const started = performance.now();
	console.log('\n▶ Printing the PDF handouts');
	try {
		const reports = await generateHandouts({ root, folders, base, editions: order });
		for (const report of reports) {
			console.log(
				`✓ ${shown(report.edition)}handouts/: ${String(report.files.length)} PDFs in ${report.seconds.toFixed(1)} s`,
			);
		}
	} catch (error) {
		// The pages link to their handouts: a site without them is published half-right.
		for (const edition of order) await rm(outDirOf(edition), { recursive: true, force: true });
		console.error(
			`\n✗ The handouts could not be printed: ${error instanceof Error ? error.message : String(error)}\n` +
				`  ${order.map(shown).join(' and ')} removed.`,
		);
		process.exit(1);
	}
	timings.push(`handouts ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
console.log(`\n✓ Built ${order.map(shown).join(' and ')} (${timings.join(', ')})`);
