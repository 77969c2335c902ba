// Every built page of both editions through the W3C Nu HTML Checker (vnu-jar, one JVM for all pages): no error
// but the few plain Starlight itself produces. Java 17 or later must be on the PATH.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = process.env['COURSE_DIST_DIR'] ?? join(root, 'dist');
const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

/**
 * The errors a plain Starlight build of the same content has too (`COURSE_BASELINE=1`), each its exact
 * message: Expressive Code's line `div`s inside `code` and its copy button's `div` inside `button`, the
 * U+007F it separates copied lines with, its `--0:` colour properties in `style` attributes (the checker's
 * CSS parser predates custom properties), and Starlight's `aria-hidden` on an inline `script`. The checker
 * drops the first two itself (its `--filterpattern`, which only works on some messages), so the tens of
 * thousands of them never reach its JSON; the others are compared here, message for message.
 */
const filteredByChecker: readonly string[] = ['CSS: “--”: Parse Error.', 'Forbidden code point U+007f.'];
const starlightErrors: ReadonlySet<string> = new Set([
	...filteredByChecker,
	'Element “div” not allowed as child of element “code” in this context. (Suppressing further errors from this subtree.)',
	'Element “div” not allowed as child of element “button” in this context. (Suppressing further errors from this subtree.)',
	'The “aria-hidden” attribute must not be specified on the “script” element.',
]);

interface Message {
	type: string;
	url?: string;
	lastLine?: number;
	message: string;
	extract?: string;
}

function pages(edition: string): string[] {
	const folder = join(dist, edition);
	return readdirSync(folder, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
}

test('every page of both editions is valid HTML but for the errors plain Starlight makes', () => {
	const files = [...pages('student'), ...pages('instructor')];
	assert.ok(files.length > 40, `only ${String(files.length)} pages under ${dist}`);
	// The checker finds the pattern anywhere in a message (^ and $ match nothing), so each alternative is a whole message.
	const known = filteredByChecker.map((message) => message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
	const run = spawnSync(
		'java',
		[
			'-jar',
			vnuJar,
			'--errors-only',
			'--format',
			'json',
			'--exit-zero-always',
			'--filterpattern',
			`(${known})`,
			...files,
		],
		{ encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
	);
	assert.equal(run.status, 0, `the checker did not run: ${run.error?.message ?? run.stderr}`);
	const { messages } = JSON.parse(run.stderr) as { messages: Message[] };
	const report = messages
		.filter(({ message }) => !starlightErrors.has(message))
		.map(
			({ url = '', lastLine = 0, message, extract = '' }) =>
				`${url.replace(`file:${dist}/`, '')}:${String(lastLine)}: ${message}\n      ${extract.replace(/\s+/g, ' ').slice(0, 160)}`,
		);
	assert.deepEqual(report, [], `${String(report.length)} errors`);
});
