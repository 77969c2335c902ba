import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { AnalyzerRequest, AnalyzerResponse } from './facts.ts';

/** Where the lab check looks for Python 3.11, in order: the one the labs target, on any machine. */
export const pythonCandidates = ['/usr/bin/python3', 'python3.11', 'python3'];

/** Thrown when no Python 3.11 is found: the message says how to install one. */
export class MissingPythonError extends Error {}

let found: string | undefined;

/** The first Python 3.11 interpreter on this machine, or an error saying how to get one. */
export function findPython311(candidates: string[] = pythonCandidates): string {
	if (found && candidates === pythonCandidates) return found;
	const seen: string[] = [];
	for (const candidate of candidates) {
		const probe = spawnSync(candidate, ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'], {
			encoding: 'utf8',
		});
		if (probe.status !== 0) continue;
		const version = probe.stdout.trim();
		if (version === '3.11') {
			if (candidates === pythonCandidates) found = candidate;
			return candidate;
		}
		seen.push(`${candidate} is ${version}`);
	}
	throw new MissingPythonError(
		`The lab check needs Python 3.11 (the version the labs run on) to compile the labs' Python code, and found ${
			seen.length > 0 ? `only other versions (${seen.join(', ')})` : 'none'
		}. Install it: on Debian or Ubuntu \`apt-get install python3\` (Debian 12 ships 3.11), elsewhere from https://www.python.org/downloads/ (3.11.x), so that \`python3.11\` or \`python3\` runs it.`,
	);
}

const analyzer = fileURLToPath(new URL('./analyze.py', import.meta.url));

/** Runs the Python half of the check once over every program, returning its JSON answer. */
export function runAnalyzer(request: AnalyzerRequest): AnalyzerResponse {
	const python = findPython311();
	const result = spawnSync(python, ['-X', 'utf8', analyzer], {
		input: JSON.stringify(request),
		encoding: 'utf8',
		maxBuffer: 512 * 1024 * 1024,
	});
	if (result.status !== 0) {
		throw new Error(`The lab check's analyzer (${analyzer}) failed:\n${result.stderr || String(result.error)}`);
	}
	return JSON.parse(result.stdout) as AnalyzerResponse;
}
