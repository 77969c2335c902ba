import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseBaseline } from '../../src/site/baseline.ts';

describe('the plain-Starlight baseline the benchmark builds', () => {
	it('is off unless COURSE_BASELINE is 1, and any other value stops the build with the fix', () => {
		assert.equal(parseBaseline(undefined), false);
		assert.equal(parseBaseline(''), false);
		assert.equal(parseBaseline('0'), false);
		assert.equal(parseBaseline('1'), true);
		assert.throws(() => parseBaseline('yes'), /COURSE_BASELINE="yes" is not understood\. Use COURSE_BASELINE=1/);
	});
});
