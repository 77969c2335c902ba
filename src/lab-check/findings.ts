import { editDistance } from '../markdown/edit-distance.ts';

/** One thing wrong with a lab's code, where it is, and what the API or format expects instead. */
export interface Finding {
	file: string;
	line: number;
	/** The kind of check (`python-syntax`, `undefined-name`, `boto3`, `sdk`, `prefix`, `yaml`, …). */
	rule: string;
	message: string;
	expected: string;
}

/** `file:line: message (expected …)`, as an editor links it. */
export function formatFinding(finding: Finding): string {
	return `${finding.file}:${finding.line}: ${finding.message} (expected ${finding.expected})`;
}

/** Findings in file and line order, each once. */
export function sortFindings(findings: Finding[]): Finding[] {
	const seen = new Set<string>();
	return findings
		.filter((finding) => {
			const key = formatFinding(finding);
			if (seen.has(key)) return false;
			seen.add(key);
			return true;
		})
		.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.message.localeCompare(b.message));
}

/** The candidates closest to a misspelt name, for a "did you mean" in the message. */
export function closest(name: string, candidates: Iterable<string>, count = 3): string[] {
	const lower = name.toLowerCase();
	return [...new Set(candidates)]
		.map((candidate) => {
			const other = candidate.toLowerCase();
			// `role` for `role_arn`: a name inside the other one is close, however long the rest.
			const inside = lower.length >= 3 && (other.includes(lower) || lower.includes(other));
			return { candidate, inside, distance: editDistance(lower, other) };
		})
		.filter(({ distance, candidate, inside }) => inside || distance <= Math.max(2, Math.floor(candidate.length / 3)))
		.sort(
			(a, b) =>
				(a.inside ? Math.min(a.distance, 1) : a.distance) - (b.inside ? Math.min(b.distance, 1) : b.distance) ||
				Number(b.inside) - Number(a.inside) ||
				a.distance - b.distance ||
				a.candidate.localeCompare(b.candidate),
		)
		.slice(0, count)
		.map(({ candidate }) => candidate);
}

/** "one of A, B, C" for short lists, the close ones first for long lists. */
export function oneOf(name: string, candidates: string[], limit = 40): string {
	const near = closest(name, candidates);
	if (candidates.length <= 12 || (near.length === 0 && candidates.length <= limit)) {
		return `one of ${candidates.join(', ')}`;
	}
	const rest = candidates.length - near.length;
	return near.length > 0 ? `${near.join(' or ')} (or one of ${rest} others)` : `one of ${candidates.length} names`;
}
