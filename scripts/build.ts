// Builds the editions named on the command line (default: both). Instructor first, so the student
// build's leak check can also prove every instructor text is present where it belongs.
// A failed edition leaves no dist/<edition>/ behind: nothing is published half-right.
import { rm } from 'node:fs/promises';
import { editions, parseEdition, type Edition } from '../src/edition/edition.ts';
import { runAstro } from './astro-cli.ts';

const requested: Edition[] = process.argv.length > 2 ? process.argv.slice(2).map(parseEdition) : [...editions];
const order = [...requested].sort((a, b) => (a === 'instructor' ? -1 : b === 'instructor' ? 1 : 0));

const timings: string[] = [];
for (const edition of order) {
	const outDir = new URL(`../dist/${edition}/`, import.meta.url);
	await rm(outDir, { recursive: true, force: true });
	const started = performance.now();
	console.log(`\n▶ Building the ${edition} edition`);
	const { code } = await runAstro(['build'], { edition });
	if (code !== 0) {
		await rm(outDir, { recursive: true, force: true });
		console.error(`\n✗ The ${edition} edition failed to build (see above); dist/${edition}/ was removed.`);
		process.exit(code);
	}
	timings.push(`${edition} ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
console.log(`\n✓ Built ${order.map((edition) => `dist/${edition}/`).join(' and ')} (${timings.join(', ')})`);
