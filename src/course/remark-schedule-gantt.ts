import type { Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { SourceSessionEntry } from './read-sessions.ts';
import { buildSchedule, scheduleGantt } from './schedule.ts';

/** The leaf directive an author writes where the schedule's Gantt chart belongs. */
export const scheduleGanttDirective = 'schedule-gantt';

/**
 * Replaces `::schedule-gantt` with a Mermaid Gantt chart generated from the sessions' metadata. It runs
 * before the Mermaid plugin, which then draws it like any other diagram.
 */
export function remarkScheduleGantt({ sessions }: { sessions: SourceSessionEntry[] }) {
	return function transformer(tree: Root): void {
		visit(tree, 'leafDirective', (node, index, parent) => {
			if (node.name !== scheduleGanttDirective || !parent || index === undefined) return;
			parent.children[index] = {
				type: 'code',
				lang: 'mermaid',
				value: scheduleGantt(buildSchedule(sessions)),
				position: node.position,
			};
			return SKIP;
		});
	};
}
