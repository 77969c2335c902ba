/**
 * Reads `COURSE_BASELINE` once, where the configuration starts. A baseline build is the same content on
 * plain Starlight (no course Markdown plugins, component overrides, styles or leak check), built only
 * so the benchmark can state the course's cost as a ratio to it. Absent, empty or `0` means a real build.
 */
export function parseBaseline(value: string | undefined): boolean {
	if (value === undefined || value === '' || value === '0') return false;
	if (value === '1') return true;
	throw new Error(
		`COURSE_BASELINE="${value}" is not understood. Use COURSE_BASELINE=1 for the plain-Starlight baseline ` +
			'the benchmark builds (into dist/baseline/), or leave it unset for a real edition.',
	);
}
