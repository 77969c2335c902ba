import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rangeOf, readValue } from '../../src/labs/expect.ts';
import { checkExpectations } from '../../src/labs/local-cells.ts';

describe('expected results written in prose', () => {
	it('reads ranges, bounds, "about" and bare numbers as the reader reads them', () => {
		assert.deepEqual(rangeOf('between 1.0% and 1.2%'), { min: 1, max: 1.2 });
		assert.deepEqual(rangeOf('USD 9,000–10,500'), { min: 9000, max: 10500 });
		assert.deepEqual(rangeOf('above 0.75'), { min: 0.75, max: Number.POSITIVE_INFINITY });
		assert.deepEqual(rangeOf('below 3'), { min: Number.NEGATIVE_INFINITY, max: 3 });
		// "about": 5 %, or half a unit of the last written digit when that is wider.
		const about = rangeOf('about 0.8');
		assert.ok(typeof about !== 'string' && Math.abs(about.min - 0.75) < 1e-12 && Math.abs(about.max - 0.85) < 1e-12);
		const count = rangeOf('about 1,095 frauds');
		assert.ok(typeof count !== 'string' && Math.abs(count.min - 1040.25) < 1e-9);
		assert.deepEqual(rangeOf('about 100', '10%'), { min: 90, max: 110 });
		assert.deepEqual(rangeOf('0.00'), { min: -0.005, max: 0.005 });
	});

	it('refuses a label that states no number', () => {
		const refused = rangeOf('much better');
		assert.equal(typeof refused, 'string');
		assert.match(typeof refused === 'string' ? refused : '', /states no number the build can check/);
	});

	it('reads the number after the named text, on the named line', () => {
		const output = 'train      rows=60,000  frauds= 657  rate=1.10%\nresampled  rows=65,277  frauds=5,934  rate=9.09%';
		assert.equal(readValue(output, { label: '', min: 0, max: 0, of: 'frauds=' }), 657);
		assert.equal(readValue(output, { label: '', min: 0, max: 0, of: 'rows=', line: 'resampled' }), 65277);
		assert.equal(readValue(output, { label: '', min: 0, max: 0, of: 'rate=', line: 'resampled' }), 9.09);
		assert.equal(readValue(output, { label: '', min: 0, max: 0, of: 'PR-AUC:' }), undefined);
	});
});

describe('the check of local cells against the page', () => {
	const lab = { shownFile: 'lab.mdx' } as Parameters<typeof checkExpectations>[0]['lab'];
	const run = (label: string, of: string, after: number): Parameters<typeof checkExpectations>[0] => {
		const range = rangeOf(label);
		assert.ok(typeof range !== 'string');
		return { lab, cells: [], expectations: [{ label, of, ...range, at: 9, after }] };
	};

	it('passes a printed value inside the stated range, reading the latest cell before the claim first', () => {
		assert.deepEqual(checkExpectations(run('about 0.8', 'PR-AUC:', 2), ['PR-AUC: 0.5', 'PR-AUC: 0.81']), []);
	});

	it('fails a value outside the range, naming the page line, the claim and the value', () => {
		assert.deepEqual(checkExpectations(run('between 0.75 and 0.9', 'PR-AUC:', 1), ['PR-AUC: 0.98']), [
			'lab.mdx:9: the page says "between 0.75 and 0.9" (0.75 to 0.9), the code printed 0.98 after "PR-AUC:".',
		]);
	});

	it('fails a claim no earlier cell prints', () => {
		assert.match(
			checkExpectations(run('above 3', 'rows=', 1), ['nothing'])[0] ?? '',
			/no output of the cells before it holds "rows="/,
		);
	});
});
