import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { replaceTocQuery, starlightTocModule } from '../../src/toc/vite-plugin-toc-targets.ts';

// The installed Starlight's table of contents script, found the way the plugin recognises it.
const starlightDist = dirname(fileURLToPath(import.meta.resolve('@astrojs/starlight')));
const tocScriptPath = join(starlightDist, 'components-internals/TableOfContents/starlight-toc.js');
const tocScript = readFileSync(tocScriptPath, 'utf8');

describe('the table of contents query swap', () => {
	it('recognises the installed Starlight table of contents script by its path', () => {
		assert.match(tocScriptPath, starlightTocModule);
	});

	it("replaces exactly the page scan with tocTargets and leaves the rest of Starlight's script as it was", () => {
		const patched = replaceTocQuery(tocScript);
		assert.equal(typeof patched, 'string');
		const code = patched as string;
		assert.doesNotMatch(code, /:has\(/);
		assert.match(code, /^import \{ tocTargets as __courseTocTargets \} from ".*\/src\/toc\/targets\.ts";\n/);
		assert.match(code, /const toObserve = __courseTocTargets\(this\.tocHeadingSelector\);/);
		// Everything around the call is untouched.
		const [before = '', after = ''] = tocScript.split(/document\.querySelectorAll\(\[[^]*?\]\.join\(\)\)/);
		assert.ok(code.includes(before) && code.includes(after));
	});

	it('fails with what to do when Starlight changes its selectors', () => {
		const changed = tocScript.replace('main > *:not(:has(', 'main > section:not(:has(');
		assert.notEqual(changed, tocScript);
		const result = replaceTocQuery(changed);
		assert.equal(typeof result, 'object');
		assert.match((result as { problem: string }).problem, /found 0\. Starlight has changed .* src\/toc\/targets\.ts/);
	});
});
