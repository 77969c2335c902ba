// `npm run check:labs`: checks every fenced code block of every page (both editions' material) and prints each
// finding as `file:line: message (expected …)`; exits non-zero when there is one. See src/lab-check/.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { checkLabs } from '../src/lab-check/check.ts';
import { formatFinding } from '../src/lab-check/findings.ts';
import { MissingPythonError } from '../src/lab-check/python.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const started = performance.now();
try {
	const findings = checkLabs(join(root, 'src', 'content', 'docs'), root);
	for (const finding of findings) console.log(formatFinding(finding));
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	console.log(
		findings.length === 0
			? `Lab check: every code block passes (${seconds} s).`
			: `\nLab check: ${findings.length} finding${findings.length === 1 ? '' : 's'} (${seconds} s).`,
	);
	process.exit(findings.length === 0 ? 0 : 1);
} catch (error) {
	if (error instanceof MissingPythonError) {
		console.error(error.message);
		process.exit(1);
	}
	throw error;
}
