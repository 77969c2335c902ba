import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseBaseline } from '../../src/baseline.ts';
import { courseConfig } from '../../src/config.ts';

const root = new URL('../fixtures/valid/', import.meta.url);

describe('the plain-Starlight baseline the benchmark builds', () => {
	it('is off unless COURSE_BASELINE is 1, and any other value stops the build with the fix', () => {
		assert.equal(parseBaseline(undefined), false);
		assert.equal(parseBaseline(''), false);
		assert.equal(parseBaseline('0'), false);
		assert.equal(parseBaseline('1'), true);
		assert.throws(() => parseBaseline('yes'), /COURSE_BASELINE="yes" is not understood\. Use COURSE_BASELINE=1/);
	});

	it('drops the course Markdown pipeline and builds into its own output and cache folders', () => {
		const config = courseConfig({ edition: 'student', root, baseline: true });
		assert.equal(config.markdown?.processor, undefined);
		assert.equal(config.outDir, './dist/baseline/student');
		assert.equal(config.cacheDir, './node_modules/.astro/baseline-student');
	});

	it('leaves a real edition exactly as it was when off', () => {
		const config = courseConfig({ edition: 'student', root });
		assert.notEqual(config.markdown?.processor, undefined);
		assert.equal(config.outDir, './dist/student');
		assert.equal(config.cacheDir, './node_modules/.astro/student');
	});
});
