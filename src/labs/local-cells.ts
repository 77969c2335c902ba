// A lab's local cells (` ```python run=local `) and the expected results its page states for them (`:expect`),
// in page order, and the check of a run's output against them. The runner (tests/labs/) executes the cells in
// one Python process per lab; this file decides what runs and what the output must show. A local cell can also
// be a file the lab writes (` ```python file=src/app.py run=local `), written where the notebook's `%%writefile`
// writes it, or shell commands (` ```bash run=local `), run as the notebook's `%%bash` cell runs them.
import type { TextDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';
import { expectDirective, readExpectation, readValue, type Expectation } from './expect.ts';
import type { Lab } from './read-labs.ts';
import { codeBlocksIn, filePathOf, isPython, isShell, labNodes, parsePage, runsLocally } from './source.ts';

export interface LocalCell {
	kind: 'python' | 'file' | 'shell';
	code: string;
	/** Where a file cell writes its text, relative to the lab's folder. */
	path?: string | undefined;
	/** The line of the fence in the page. */
	line: number;
}

export interface PlacedExpectation extends Expectation {
	/** The line of the page it stands on. */
	at: number;
	/** How many local cells come before it on the page: it is read from their output, the latest first. */
	after: number;
}

export interface LocalRun {
	lab: Lab;
	cells: LocalCell[];
	expectations: PlacedExpectation[];
}

/** The local cells and expectations of a lab's section, as the student edition shows them. */
export function localRunOf(lab: Lab): LocalRun {
	const { tree } = parsePage(lab.file, 'student');
	const section = labNodes(tree, lab.anchor, lab.through) ?? [];
	const cells: LocalCell[] = [];
	for (const code of codeBlocksIn(section).filter(runsLocally)) {
		const line = code.position?.start.line ?? 0;
		const path = filePathOf(code);
		if (path !== undefined) {
			cells.push({ kind: 'file', path, code: code.value.replace(/^%%writefile[^\n]*\n/, ''), line });
		} else if (isPython(code) || isShell(code)) {
			cells.push({ kind: isPython(code) ? 'python' : 'shell', code: code.value, line });
		} else {
			throw new Error(
				`${lab.shownFile}:${String(line)}: run=local runs Python, shell commands (bash) and files (file=…); a ${code.lang ?? 'plain'} block is none of them.`,
			);
		}
	}
	const expectations: PlacedExpectation[] = [];
	for (const node of section) {
		visit(node, 'textDirective', (directive: TextDirective) => {
			if (directive.name !== expectDirective) return;
			const line = directive.position?.start.line ?? 0;
			const expectation = readExpectation(directive);
			if (typeof expectation === 'string') throw new Error(`${lab.shownFile}:${String(line)}: ${expectation}`);
			expectations.push({ ...expectation, at: line, after: cells.filter((cell) => cell.line < line).length });
		});
	}
	for (const expectation of expectations) {
		if (expectation.after === 0) {
			throw new Error(
				`${lab.shownFile}:${String(expectation.at)}: :expect[${expectation.label}] comes before any run=local cell, so no output can prove it.`,
			);
		}
	}
	return { lab, cells, expectations };
}

/** The marker line the runner prints before each cell, so the output can be split by cell. */
export const cellMarker = (index: number): string => `@@course-local-cell ${String(index)}@@`;

/** The Python program that runs a lab's local cells in order, in one namespace, each under its page line. */
export function pythonProgram(run: LocalRun): string {
	const lines = [
		'import os, subprocess, sys, tempfile',
		'namespace = {"__name__": "__main__"}',
		// Shell cells call `python`: as in a notebook's %%bash cell, that is the Python running the cells.
		'shim = tempfile.mkdtemp()',
		'os.symlink(sys.executable, os.path.join(shim, "python"))',
		'shell_env = {**os.environ, "PATH": shim + os.pathsep + os.environ.get("PATH", "")}',
	];
	run.cells.forEach((cell, index) => {
		const where = JSON.stringify(`${run.lab.shownFile}:${String(cell.line)}`);
		lines.push(`print(${JSON.stringify(cellMarker(index))}, flush=True)`);
		if (cell.kind === 'python') {
			lines.push(`exec(compile(${JSON.stringify(cell.code)}, ${where}, "exec"), namespace)`);
		} else if (cell.kind === 'file') {
			// Like %%writefile: the folder must exist already (an earlier cell of the lab creates it).
			lines.push(
				`with open(${JSON.stringify(cell.path)}, "w", encoding="utf-8") as f: f.write(${JSON.stringify(cell.code.endsWith('\n') ? cell.code : `${cell.code}\n`)})`,
			);
		} else {
			lines.push(
				`if subprocess.run(["bash", "-c", ${JSON.stringify(cell.code)}], env=shell_env).returncode: sys.exit(${where} + ": the shell cell failed")`,
			);
		}
		lines.push('sys.stdout.flush()');
	});
	return `${lines.join('\n')}\n`;
}

/** Each cell's output, from the whole run's standard output. */
export function splitOutput(stdout: string, cells: number): string[] {
	const outputs: string[] = [];
	for (let index = 0; index < cells; index += 1) {
		const start = stdout.indexOf(cellMarker(index));
		if (start < 0) break;
		const from = start + cellMarker(index).length;
		const next = stdout.indexOf(cellMarker(index + 1), from);
		outputs.push(stdout.slice(from, next < 0 ? undefined : next).replace(/^\n/, ''));
	}
	return outputs;
}

/** What the output does not prove: one message per expectation that fails, naming the page line. */
export function checkExpectations(run: LocalRun, outputs: string[]): string[] {
	const failures: string[] = [];
	for (const expectation of run.expectations) {
		const where = `${run.lab.shownFile}:${String(expectation.at)}`;
		let value: number | undefined;
		for (let index = expectation.after - 1; index >= 0 && value === undefined; index -= 1) {
			value = readValue(outputs[index] ?? '', expectation);
		}
		if (value === undefined) {
			failures.push(
				`${where}: "${expectation.label}": no output of the cells before it holds "${expectation.of}"${expectation.line ? ` on a line with "${expectation.line}"` : ''}.`,
			);
		} else if (value < expectation.min || value > expectation.max) {
			failures.push(
				`${where}: the page says "${expectation.label}" (${String(expectation.min)} to ${String(expectation.max)}), the code printed ${String(value)} after "${expectation.of}".`,
			);
		}
	}
	return failures;
}
