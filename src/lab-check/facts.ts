// The shapes of what src/lab-check/analyze.py reports about the Python blocks (see its `expr` and `Facts`).

/** A Python expression as data: literals whole, names, attributes, calls, f-strings; the rest is `other`. */
export type Expr =
	| { k: 'str'; v: string; line?: number }
	| { k: 'num'; v: number; line?: number }
	| { k: 'bool'; v: boolean; line?: number }
	| { k: 'none'; line?: number }
	| { k: 'other'; line?: number }
	| { k: 'name'; id: string; line?: number }
	| { k: 'attr'; value: Expr; attr: string; line?: number }
	| CallExpr
	| { k: 'fstr'; parts: ({ s: string } | { e: Expr })[]; line?: number }
	| { k: 'dict'; items: { key: Expr | null; value: Expr; line: number }[]; line?: number }
	| { k: 'list'; items: Expr[]; line?: number }
	| { k: 'starred'; value: Expr; line?: number }
	| { k: 'binop'; op: string; left: Expr; right: Expr; line?: number }
	| { k: 'subscript'; value: Expr; index: Expr; line?: number }
	| { k: 'not'; value: Expr; line?: number }
	| { k: 'and' | 'or'; values: Expr[]; line?: number }
	| { k: 'comp'; elt: Expr; gens: { target: string[]; iter: Expr; ifs: Expr[] }[]; line?: number }
	| { k: 'ifexp'; body: Expr; orelse: Expr; line?: number };

export interface CallExpr {
	k: 'call';
	func: Expr;
	args: Expr[];
	/** `name` is null for `**mapping`. */
	kwargs: { name: string | null; value: Expr; line: number }[];
	line: number;
	endLine: number;
}

/** What a name is bound to. */
export type BoundValue =
	| Expr
	| { k: 'module'; module: string }
	| { k: 'from'; module: string; name: string }
	| { k: 'iter'; of: Expr; whole: boolean; line: number }
	| { k: 'param' | 'function' | 'class'; line: number };

export type Event =
	| { e: 'bind'; name: string; value: BoundValue; line: number; scope: number }
	| { e: 'import'; module: string; name: string | null; line: number }
	| { e: 'call'; call: CallExpr; line: number; scope: number; guards: Expr[] }
	| { e: 'scope'; scope: number; globals: string[] };

export interface BlockAnalysis {
	magic: string | null;
	cellMagic?: { magic: string; target: string | null };
	syntaxError?: { line: number; col: number; message: string };
	missing: { name: string; line: number; col: number }[];
	events: Event[];
}

export interface AnalyzerRequest {
	programs: { blocks: { code: string; instructor: boolean; fragment: boolean }[] }[];
}

export interface AnalyzerResponse {
	programs: BlockAnalysis[][];
}
