// Runs each lab's local cells (` ```python run=local `) in order, one Python process per lab, and checks every
// expected result the page states for them (`:expect`) against what the cells print.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { checkExpectations, localRunOf, pythonProgram, splitOutput } from '../../src/labs/local-cells.ts';
import { pythonInterpreter } from '../../src/labs/python-prerequisites.ts';
import { readLabs } from '../../src/labs/read-labs.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const courses = [
	{ name: 'the course', root },
	{ name: 'the fixture lab', root: join(root, 'tests/fixtures/lab/') },
];

describe("the labs' local cells", () => {
	for (const course of courses) {
		const runs = readLabs(join(course.root, 'src/content/docs'), course.root)
			.map(localRunOf)
			.filter((run) => run.cells.length > 0);
		it(`exist in ${course.name}, with expected results to check`, () => {
			assert.ok(runs.length > 0 && runs.every((run) => run.expectations.length > 0));
		});
		for (const run of runs) {
			it(`print what ${run.lab.displayName} (${course.name}) says they print: ${String(run.cells.length)} cells, ${String(run.expectations.length)} expected results`, () => {
				const work = mkdtempSync(join(tmpdir(), 'course-local-cells-'));
				try {
					const started = performance.now();
					const result = spawnSync(pythonInterpreter(), ['-'], {
						input: pythonProgram(run),
						cwd: work,
						encoding: 'utf8',
						env: { ...process.env, COURSE_STUDENT: 'ci', PYTHONHASHSEED: '0', MPLBACKEND: 'Agg' },
						maxBuffer: 64 * 1024 * 1024,
					});
					assert.equal(result.status, 0, `a local cell failed:\n${result.stderr.slice(-4000)}`);
					const outputs = splitOutput(result.stdout, run.cells.length);
					assert.equal(outputs.length, run.cells.length, 'every cell ran');
					assert.deepEqual(checkExpectations(run, outputs), []);
					console.log(
						`${run.lab.notebook}: ${String(run.cells.length)} local cells in ${((performance.now() - started) / 1000).toFixed(1)} s`,
					);
				} finally {
					rmSync(work, { recursive: true, force: true });
				}
			});
		}
	}
});
