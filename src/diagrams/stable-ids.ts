/**
 * Numbers a sequence diagram's actors from zero, in the order they appear. Mermaid numbers them with a counter
 * that lives as long as the page drawing them (`actor7`, `root-7`), so the same diagram got different ids
 * depending on which diagrams the same batch drew before it, and two builds of one commit differed.
 */
export function stableActorIds(svg: string): string {
	const renumbered = new Map<string, number>();
	return svg.replace(/\b(actor|root-)(\d+)(?=(?:_popup)?["'])/g, (_match, prefix: string, number: string) => {
		if (!renumbered.has(number)) renumbered.set(number, renumbered.size);
		return `${prefix}${String(renumbered.get(number))}`;
	});
}
