import { SessionSchema, type Session, type SessionInput } from '../../src/course/schema.ts';

/** A validated session for tests: only what the test is about, the required lists filled with placeholders. */
export function session(input: Partial<SessionInput> & Pick<SessionInput, 'kind' | 'name' | 'day' | 'hours'>): Session {
	return SessionSchema.parse({ objectives: ['o'], discussion: ['d'], takeaways: ['t'], ...input });
}
