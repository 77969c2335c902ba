// `npm run handouts`: prints the PDF handouts of the built editions into dist/<edition>/handouts/.
// Also run by `npm run build` after the editions it built. Pass editions to print only those.
import { fileURLToPath } from 'node:url';
import { parseBuildFolders } from '../src/host/build-folders.ts';
import { editions, parseEdition, type Edition } from '../src/edition/edition.ts';
import { generateHandouts } from '../src/handouts/generate.ts';
import { parseSiteAddress } from '../src/host/site-address.ts';

const requested: Edition[] = process.argv.length > 2 ? process.argv.slice(2).map(parseEdition) : [...editions];
const started = performance.now();
console.log(`\n▶ Printing the handouts of the ${requested.join(' and ')} edition${requested.length > 1 ? 's' : ''}`);
try {
	const root = fileURLToPath(new URL('../', import.meta.url));
	const reports = await generateHandouts({
		root,
		folders: parseBuildFolders(root, process.env),
		base: parseSiteAddress(process.env).base,
		editions: requested,
	});
	for (const report of reports) {
		const pages = report.files.reduce((sum, file) => sum + file.pages, 0);
		console.log(
			`✓ dist/${report.edition}/handouts/: ${String(report.files.length)} PDFs, ${String(pages)} pages in ${report.seconds.toFixed(1)} s`,
		);
	}
	console.log(`✓ Handouts printed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
	console.error(`\n✗ The handouts could not be printed: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
}
