/**
 * Finds which of many strings occur in a text, in one pass over the text (Aho–Corasick). The leak checks look
 * for every instructor piece in every output file; searching for one piece after another grows with pieces ×
 * files × file size, which took 12.6 of 20 minutes to build a generated 1,000-page course. One pass per file
 * grows with the size of the output alone.
 */
export class TextFinder {
	/** The trie of the patterns, by UTF-16 code unit; state 0 is the root. */
	readonly #children: Map<number, number>[] = [new Map<number, number>()];
	/** Where to continue when a state has no child for the next code unit: its longest proper suffix in the trie. */
	readonly #fallback: number[] = [0];
	/** The patterns that end exactly at each state. */
	readonly #ends: number[][] = [[]];
	/** The nearest state down the fallback chain where a pattern ends (0: none). */
	readonly #nextEnd: number[] = [0];

	constructor(patterns: readonly string[]) {
		patterns.forEach((pattern, index) => {
			if (pattern.length === 0)
				throw new Error(`TextFinder: pattern ${index} is empty, and an empty string is in every text.`);
			let state = 0;
			for (let at = 0; at < pattern.length; at++) state = this.#childOrNew(state, pattern.charCodeAt(at));
			this.#at(this.#ends, state).push(index);
		});
		// Breadth first: a state's fallback is shorter than the state, so it is finished before it is needed.
		const queue = [...this.#at(this.#children, 0).values()];
		for (let head = 0; head < queue.length; head++) {
			const state = this.#at(queue, head);
			for (const [code, child] of this.#at(this.#children, state)) {
				const fallback = this.#step(this.#at(this.#fallback, state), code);
				this.#fallback[child] = fallback;
				this.#nextEnd[child] = this.#at(this.#ends, fallback).length > 0 ? fallback : this.#at(this.#nextEnd, fallback);
				queue.push(child);
			}
		}
	}

	/** The indexes of the patterns that occur in `text`, in ascending order. */
	findIn(text: string): number[] {
		const found = new Set<number>();
		// States whose patterns (and their suffixes' patterns) are already counted for this text.
		const counted = new Set<number>();
		let state = 0;
		for (let at = 0; at < text.length; at++) {
			state = this.#step(state, text.charCodeAt(at));
			const own = this.#at(this.#ends, state).length > 0 ? state : this.#at(this.#nextEnd, state);
			for (let end = own; end !== 0 && !counted.has(end); end = this.#at(this.#nextEnd, end)) {
				counted.add(end);
				for (const pattern of this.#at(this.#ends, end)) found.add(pattern);
			}
		}
		return [...found].sort((a, b) => a - b);
	}

	/** The state after reading `code` in `state`: its child, or its fallbacks' child, or the root. */
	#step(state: number, code: number): number {
		for (let current = state; ; current = this.#at(this.#fallback, current)) {
			const child = this.#at(this.#children, current).get(code);
			if (child !== undefined) return child;
			if (current === 0) return 0;
		}
	}

	#childOrNew(state: number, code: number): number {
		const children = this.#at(this.#children, state);
		const existing = children.get(code);
		if (existing !== undefined) return existing;
		const created = this.#children.length;
		this.#children.push(new Map<number, number>());
		this.#fallback.push(0);
		this.#ends.push([]);
		this.#nextEnd.push(0);
		children.set(code, created);
		return created;
	}

	#at<T>(list: readonly T[], index: number): T {
		const value = list[index];
		if (value === undefined) throw new Error(`TextFinder: no state ${index}.`);
		return value;
	}
}
