/**
 * Text as it compares between Markdown source and built output: typographic quotes, dashes and ellipses
 * (SmartyPants) folded back to what authors type, whitespace collapsed.
 */
export function normalizeText(text: string): string {
	return text
		.replace(/[\u2018\u2019]/g, "'")
		.replace(/[\u201C\u201D]/g, '"')
		.replace(/[\u2013\u2014]/g, '-')
		.replace(/-{2,}/g, '-')
		.replace(/\u2026/g, '...')
		.replace(/\u00A0/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}
