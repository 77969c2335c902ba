/** Formats rows as an aligned plain-text table with a header rule, for the terminal. */
export function formatTable(title: string, header: string[], rows: (string | number)[][]): string {
	const cells = [header, ...rows.map((row) => row.map(String))];
	const widths = header.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length)));
	const line = (row: string[]): string =>
		row
			.map((cell, column) => {
				const width = widths[column] ?? 0;
				// Numbers read best right-aligned, words left-aligned.
				return /^[-+]?[\d.,]+( ?[%×xsBKMi]+)?$/.test(cell) ? cell.padStart(width) : cell.padEnd(width);
			})
			.join('  ')
			.trimEnd();
	return [
		`\n${title}`,
		line(header),
		widths.map((width) => '─'.repeat(width)).join('  '),
		...cells.slice(1).map(line),
	].join('\n');
}

/** Bytes as KiB with one decimal. */
export function kib(bytes: number): string {
	return (bytes / 1024).toFixed(1);
}

/** A ratio as `1.23×`. */
export function ratio(value: number, base: number): string {
	return base > 0 ? `${(value / base).toFixed(2)}×` : 'n/a';
}
