import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextFinder } from '../../src/edition/text-finder.ts';

/** What searching for each pattern in turn finds: the answer TextFinder must give. */
const naive = (patterns: string[], text: string): number[] =>
	patterns.flatMap((pattern, index) => (text.includes(pattern) ? [index] : []));

describe('TextFinder', () => {
	it('finds overlapping patterns and patterns inside other patterns', () => {
		const patterns = ['he', 'she', 'his', 'hers', 'ushe'];
		assert.deepEqual(new TextFinder(patterns).findIn('ushers'), [0, 1, 3, 4]);
	});

	it('finds nothing where no pattern occurs, and each pattern once however often it occurs', () => {
		const finder = new TextFinder(['instructor note', 'timing']);
		assert.deepEqual(finder.findIn('a student page about timing, timing and timing'), [1]);
		assert.deepEqual(finder.findIn('nothing to see'), []);
		assert.deepEqual(finder.findIn(''), []);
	});

	it('gives the same answer as searching for each pattern in turn, on random texts over a small alphabet', () => {
		// A small alphabet makes partial matches, fallbacks and shared suffixes common.
		let seed = 7;
		const random = (below: number): number => {
			seed = (seed * 1103515245 + 12345) % 2147483648;
			return seed % below;
		};
		const word = (length: number): string => Array.from({ length }, () => 'abc'[random(3)]).join('');
		for (let round = 0; round < 300; round++) {
			const patterns = Array.from({ length: 1 + random(12) }, () => word(1 + random(6)));
			const text = word(random(80));
			assert.deepEqual(
				new TextFinder(patterns).findIn(text),
				naive(patterns, text),
				`${patterns.join(',')} in ${text}`,
			);
		}
	});

	it('matches by UTF-16 code units, as String.includes does, across accents, dashes and emoji', () => {
		const patterns = ['café – ok', '🙂 done', 'naïve'];
		const text = 'Le café – ok. All 🙂 done.';
		assert.deepEqual(new TextFinder(patterns).findIn(text), naive(patterns, text));
	});

	it('refuses an empty pattern, which every text would contain', () => {
		assert.throws(() => new TextFinder(['ok', '']), /pattern 1 is empty/);
	});
});
