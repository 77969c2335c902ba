import { SessionSchema, type Session, type SessionInput } from '../../src/course/schema.ts';

/** A validated session for tests: only what the test is about, the required lists filled with placeholders. */
export function session(input: Partial<SessionInput> & Pick<SessionInput, 'kind' | 'name' | 'day' | 'hours'>): Session {
	return SessionSchema.parse({ objectives: ['o'], discussion: ['d'], takeaways: ['t'], ...input });
}

/** The MLOps deep dive as a page of the course: day 5, 4–6 hours, one 90-minute lecture topic. */
export function mlopsEntry(): { id: string; data: { title: string; session: Session } } {
	return {
		id: 'mlops',
		data: {
			title: 'MLOps',
			session: session({
				kind: 'mlops',
				name: 'MLOps deep dive',
				day: 5,
				hours: { min: 4, max: 6 },
				lecture: { minutes: 90, topics: [{ title: 'Deployment', minutes: 90 }] },
			}),
		},
	};
}
