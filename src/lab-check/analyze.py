"""The lab check's Python half: compiles every Python block of the course and reports what each one does.

Reads one JSON document on stdin, {"programs": [{"blocks": [{"code", "instructor", "fragment"}]}]}, and writes one
on stdout with, for every block: its syntax error if it has one, the names it uses that nothing defines before it
(a page's blocks run in order as one program, as in a notebook), and the facts the TypeScript half validates
(imports, assignments, calls with their receiver and the literal tree of every argument, with lines). Standard
library only, Python 3.11: it runs wherever the course is built.
"""

from __future__ import annotations

import ast
import builtins
import json
import re
import sys

# Jupyter: `!pip install ...`, `%pip ...`, `%matplotlib inline`, `files = !ls`. Each line keeps its number.
SHELL_LINE = re.compile(r"^(\s*)[!%](?!=)")
SHELL_ASSIGNMENT = re.compile(r"^(\s*[A-Za-z_][\w.]*(?:\s*,\s*[A-Za-z_][\w.]*)*\s*=\s*)[!%]")
# Names a notebook has without defining them.
NOTEBOOK_NAMES = {"display", "get_ipython", "In", "Out", "exit", "quit", "__file__", "__name__"}
BUILTINS = set(dir(builtins)) | NOTEBOOK_NAMES
CATCHES_NAME_ERROR = {"NameError", "Exception", "BaseException"}


def jupyter_to_python(code: str) -> tuple[str, str | None, str | None]:
    """The block as plain Python with its IPython lines blanked out, and its cell magic if it starts with one."""
    lines = code.split("\n")
    magic = None
    target = None
    if lines and lines[0].lstrip().startswith("%%"):
        words = lines[0].strip()[2:].split()
        magic = words[0] if words else ""
        target = words[-1] if len(words) > 1 else None
        lines[0] = ""
    out = []
    for line in lines:
        assigned = SHELL_ASSIGNMENT.match(line)
        if assigned:
            out.append(f"{assigned.group(1)}None")
        elif SHELL_LINE.match(line):
            out.append(f"{SHELL_LINE.match(line).group(1)}pass")
        else:
            out.append(line)
    return "\n".join(out), magic, target


# ---- expressions as data ------------------------------------------------------------------------------------


def expr(node: ast.AST | None) -> dict:
    """A JSON tree of an expression: literals in full, names, attributes, calls, f-strings; anything else `other`."""
    if node is None:
        return {"k": "none"}
    line = getattr(node, "lineno", None)
    if isinstance(node, ast.Constant):
        value = node.value
        if isinstance(value, str):
            return {"k": "str", "v": value, "line": line}
        if isinstance(value, bool):
            return {"k": "bool", "v": value, "line": line}
        if isinstance(value, (int, float)):
            return {"k": "num", "v": value, "line": line}
        if value is None:
            return {"k": "none", "line": line}
        return {"k": "other", "line": line}
    if isinstance(node, ast.Name):
        return {"k": "name", "id": node.id, "line": line}
    if isinstance(node, ast.Attribute):
        return {"k": "attr", "value": expr(node.value), "attr": node.attr, "line": line}
    if isinstance(node, ast.Call):
        return call_tree(node)
    if isinstance(node, ast.JoinedStr):
        parts = []
        for value in node.values:
            if isinstance(value, ast.Constant):
                parts.append({"s": value.value})
            elif isinstance(value, ast.FormattedValue):
                parts.append({"e": expr(value.value)})
        return {"k": "fstr", "parts": parts, "line": line}
    if isinstance(node, ast.Dict):
        return {
            "k": "dict",
            "items": [
                {"key": expr(key) if key is not None else None, "value": expr(value), "line": value.lineno}
                for key, value in zip(node.keys, node.values)
            ],
            "line": line,
        }
    if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
        return {"k": "list", "items": [expr(item) for item in node.elts], "line": line}
    if isinstance(node, ast.Starred):
        return {"k": "starred", "value": expr(node.value), "line": line}
    if isinstance(node, ast.BinOp):
        op = {ast.Add: "+", ast.Mod: "%"}.get(type(node.op), "?")
        return {"k": "binop", "op": op, "left": expr(node.left), "right": expr(node.right), "line": line}
    if isinstance(node, ast.Subscript):
        return {"k": "subscript", "value": expr(node.value), "index": expr(node.slice), "line": line}
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        return {"k": "not", "value": expr(node.operand), "line": line}
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub) and isinstance(node.operand, ast.Constant):
        return {"k": "num", "v": -node.operand.value, "line": line} if isinstance(
            node.operand.value, (int, float)
        ) else {"k": "other", "line": line}
    if isinstance(node, ast.BoolOp):
        return {
            "k": "and" if isinstance(node.op, ast.And) else "or",
            "values": [expr(value) for value in node.values],
            "line": line,
        }
    if isinstance(node, (ast.ListComp, ast.SetComp, ast.GeneratorExp)):
        return {
            "k": "comp",
            "elt": expr(node.elt),
            "gens": [
                {"target": target_names(gen.target), "iter": expr(gen.iter), "ifs": [expr(test) for test in gen.ifs]}
                for gen in node.generators
            ],
            "line": line,
        }
    if isinstance(node, ast.IfExp):
        return {"k": "ifexp", "body": expr(node.body), "orelse": expr(node.orelse), "line": line}
    if isinstance(node, ast.Await):
        return expr(node.value)
    return {"k": "other", "line": line}


def call_tree(node: ast.Call) -> dict:
    return {
        "k": "call",
        "func": expr(node.func),
        "args": [expr(arg) for arg in node.args],
        "kwargs": [
            {"name": keyword.arg, "value": expr(keyword.value), "line": keyword.value.lineno} for keyword in node.keywords
        ],
        "line": node.lineno,
        "endLine": node.end_lineno,
    }


def target_names(target: ast.AST) -> list[str]:
    return [node.id for node in ast.walk(target) if isinstance(node, ast.Name)]


# ---- facts: bindings and calls, in program order -----------------------------------------------------------


class Facts(ast.NodeVisitor):
    """Bindings and calls in source order, each with its scope and the `if` tests that guard it."""

    def __init__(self) -> None:
        self.events: list[dict] = []
        self.scope = 0
        self.next_scope = 1
        self.guards: list[dict] = []

    def bind(self, name: str, value: dict, line: int) -> None:
        self.events.append({"e": "bind", "name": name, "value": value, "line": line, "scope": self.scope})

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            if alias.asname:
                self.bind(alias.asname, {"k": "module", "module": alias.name}, node.lineno)
            else:
                top = alias.name.split(".")[0]
                self.bind(top, {"k": "module", "module": top}, node.lineno)
            self.events.append({"e": "import", "module": alias.name, "name": None, "line": node.lineno})

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        module = "." * node.level + (node.module or "")
        for alias in node.names:
            self.events.append({"e": "import", "module": module, "name": alias.name, "line": node.lineno})
            if alias.name != "*":
                self.bind(alias.asname or alias.name, {"k": "from", "module": module, "name": alias.name}, node.lineno)

    def visit_Assign(self, node: ast.Assign) -> None:
        self.visit(node.value)
        value = expr(node.value)
        for target in node.targets:
            self.assign(target, value, node.lineno)

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        if node.value is not None:
            self.visit(node.value)
            self.assign(node.target, expr(node.value), node.lineno)

    def visit_AugAssign(self, node: ast.AugAssign) -> None:
        self.visit(node.value)
        if isinstance(node.target, ast.Name):
            self.bind(node.target.id, {"k": "other", "line": node.lineno}, node.lineno)

    def visit_NamedExpr(self, node: ast.NamedExpr) -> None:
        self.visit(node.value)
        self.bind(node.target.id, expr(node.value), node.lineno)

    def assign(self, target: ast.AST, value: dict, line: int) -> None:
        if isinstance(target, ast.Name):
            self.bind(target.id, value, line)
        elif isinstance(target, (ast.Tuple, ast.List)):
            for name in target_names(target):
                self.bind(name, {"k": "other", "line": line}, line)
        else:
            self.visit(target)

    def visit_For(self, node: ast.For) -> None:
        self.visit(node.iter)
        names = target_names(node.target)
        iterated = expr(node.iter)
        for name in names:
            self.bind(name, {"k": "iter", "of": iterated, "whole": len(names) == 1, "line": node.lineno}, node.lineno)
        self.loop_body(node.body)
        for statement in node.orelse:
            self.visit(statement)

    visit_AsyncFor = visit_For

    def visit_While(self, node: ast.While) -> None:
        self.visit(node.test)
        self.loop_body(node.body)
        for statement in node.orelse:
            self.visit(statement)

    def loop_body(self, body: list[ast.stmt]) -> None:
        """`if not name.startswith(PREFIX): continue` guards every statement after it in the loop."""
        pushed = 0
        for statement in body:
            self.visit(statement)
            if (
                isinstance(statement, ast.If)
                and len(statement.body) == 1
                and isinstance(statement.body[0], ast.Continue)
                and not statement.orelse
            ):
                self.guards.append({"k": "not", "value": expr(statement.test)})
                pushed += 1
        del self.guards[len(self.guards) - pushed :]

    def visit_If(self, node: ast.If) -> None:
        self.visit(node.test)
        test = expr(node.test)
        self.guards.append(test)
        for statement in node.body:
            self.visit(statement)
        self.guards[-1] = {"k": "not", "value": test}
        for statement in node.orelse:
            self.visit(statement)
        self.guards.pop()

    def visit_With(self, node: ast.With) -> None:
        for item in node.items:
            self.visit(item.context_expr)
            if item.optional_vars is not None:
                for name in target_names(item.optional_vars):
                    self.bind(name, {"k": "other", "line": node.lineno}, node.lineno)
        for statement in node.body:
            self.visit(statement)

    visit_AsyncWith = visit_With

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        for decorator in node.decorator_list:
            self.visit(decorator)
        for default in node.args.defaults + [d for d in node.args.kw_defaults if d is not None]:
            self.visit(default)
        self.bind(node.name, {"k": "function", "line": node.lineno}, node.lineno)
        outer, outer_guards = self.scope, self.guards
        self.scope, self.guards = self.next_scope, []
        self.next_scope += 1
        args = node.args
        for arg in args.posonlyargs + args.args + args.kwonlyargs + [a for a in (args.vararg, args.kwarg) if a]:
            self.bind(arg.arg, {"k": "param", "line": node.lineno}, node.lineno)
        declared_global = {name for child in ast.walk(node) if isinstance(child, ast.Global) for name in child.names}
        self.events.append({"e": "scope", "scope": self.scope, "globals": sorted(declared_global)})
        for statement in node.body:
            self.visit(statement)
        self.scope, self.guards = outer, outer_guards

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_Lambda(self, node: ast.Lambda) -> None:
        pass  # its body runs later, with arguments the check cannot know

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        for base in node.bases:
            self.visit(base)
        self.bind(node.name, {"k": "class", "line": node.lineno}, node.lineno)

    def visit_Call(self, node: ast.Call) -> None:
        self.generic_visit(node)
        self.events.append(
            {
                "e": "call",
                "call": call_tree(node),
                "line": node.lineno,
                "scope": self.scope,
                "guards": list(self.guards),
            }
        )


# ---- names used before anything defines them ---------------------------------------------------------------


class Scope:
    def __init__(self, kind: str, names: set[str], parent: "Scope | None"):
        self.kind = kind  # module | function | class | comprehension
        self.names = names
        self.parent = parent


def locals_of(body: list[ast.stmt], arguments: ast.arguments | None) -> set[str]:
    """The names a function binds anywhere in its body (Python decides locality per function, not per line)."""
    names: set[str] = set()
    if arguments is not None:
        for arg in arguments.posonlyargs + arguments.args + arguments.kwonlyargs:
            names.add(arg.arg)
        for arg in (arguments.vararg, arguments.kwarg):
            if arg is not None:
                names.add(arg.arg)
    declared_global: set[str] = set()

    def walk(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names.add(child.name)
                for decorator in child.decorator_list:
                    walk(decorator)
                continue
            if isinstance(child, (ast.Lambda, ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
                # Their own scopes; only a walrus inside a comprehension binds here.
                for inner in ast.walk(child):
                    if isinstance(inner, ast.NamedExpr):
                        names.add(inner.target.id)
                continue
            if isinstance(child, ast.Name) and isinstance(child.ctx, (ast.Store, ast.Del)):
                names.add(child.id)
            elif isinstance(child, (ast.Import, ast.ImportFrom)):
                for alias in child.names:
                    if alias.name != "*":
                        names.add(alias.asname or alias.name.split(".")[0])
            elif isinstance(child, ast.ExceptHandler) and child.name:
                names.add(child.name)
            elif isinstance(child, ast.Global):
                declared_global.update(child.names)
            elif isinstance(child, ast.MatchAs) and child.name:
                names.add(child.name)
            elif isinstance(child, ast.MatchStar) and child.name:
                names.add(child.name)
            elif isinstance(child, ast.MatchMapping) and child.rest:
                names.add(child.rest)
            walk(child)

    # The body's own statements are children of a wrapper, so `def`, `import` and `global` at its top count too.
    walk(ast.Module(body=list(body), type_ignores=[]))
    return names - declared_global


class Names:
    """Walks one program in execution order and reports each name read before anything binds it."""

    def __init__(self) -> None:
        self.defined: set[str] = set()
        self.star_imported = False
        self.deferred: list[tuple[ast.AST, Scope, int]] = []
        self.missing: list[dict] = []
        self.block = 0
        self.protected = 0  # inside `try:` bodies whose handlers catch NameError

    # Module level runs line by line: a read must come after a binding in this or an earlier block.
    def run_module(self, tree: ast.Module, block: int) -> None:
        self.block = block
        scope = Scope("module", self.defined, None)
        for statement in tree.body:
            self.statement(statement, scope)

    def finish(self) -> None:
        """Function bodies run when called: they may read any name the page binds at module level."""
        while self.deferred:
            node, scope, block = self.deferred.pop(0)
            self.block = block
            self.function_body(node, scope)

    def report(self, node: ast.Name) -> None:
        if self.protected or self.star_imported:
            return
        self.missing.append({"block": self.block, "name": node.id, "line": node.lineno, "col": node.col_offset})

    def lookup(self, name: str, scope: Scope) -> bool:
        if name in BUILTINS:
            return True
        current: Scope | None = scope
        first = True
        while current is not None:
            # A class body's names are visible to the class body only, not to functions defined in it.
            if current.kind != "class" or first:
                if name in current.names:
                    return True
            first = False
            current = current.parent
        return False

    def bind_target(self, target: ast.AST, scope: Scope) -> None:
        for node in ast.walk(target):
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                scope.names.add(node.id)
            elif isinstance(node, (ast.Subscript, ast.Attribute)):
                pass
        # Reads inside a target (`data[key] = ...`, `obj.attr = ...`) are reads.
        for node in ast.walk(target):
            if isinstance(node, (ast.Subscript, ast.Attribute)):
                self.expression(node.value, scope)
                if isinstance(node, ast.Subscript):
                    self.expression(node.slice, scope)

    def statement(self, node: ast.stmt, scope: Scope) -> None:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for decorator in node.decorator_list:
                self.expression(decorator, scope)
            for default in node.args.defaults + [d for d in node.args.kw_defaults if d is not None]:
                self.expression(default, scope)
            scope.names.add(node.name)
            self.deferred.append((node, scope, self.block))
        elif isinstance(node, ast.ClassDef):
            for base in node.bases + [keyword.value for keyword in node.keywords] + node.decorator_list:
                self.expression(base, scope)
            inner = Scope("class", set(), scope)
            for statement in node.body:
                self.statement(statement, inner)
            scope.names.add(node.name)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                scope.names.add(alias.asname or alias.name.split(".")[0])
        elif isinstance(node, ast.ImportFrom):
            for alias in node.names:
                if alias.name == "*":
                    self.star_imported = True
                else:
                    scope.names.add(alias.asname or alias.name)
        elif isinstance(node, ast.Assign):
            self.expression(node.value, scope)
            for target in node.targets:
                self.bind_target(target, scope)
        elif isinstance(node, ast.AnnAssign):
            if node.value is not None:
                self.expression(node.value, scope)
                self.bind_target(node.target, scope)
        elif isinstance(node, ast.AugAssign):
            self.expression(node.target if not isinstance(node.target, ast.Name) else node.target, scope, load=True)
            self.expression(node.value, scope)
            self.bind_target(node.target, scope)
        elif isinstance(node, (ast.For, ast.AsyncFor)):
            self.expression(node.iter, scope)
            self.bind_target(node.target, scope)
            for statement in node.body + node.orelse:
                self.statement(statement, scope)
        elif isinstance(node, ast.While):
            self.expression(node.test, scope)
            for statement in node.body + node.orelse:
                self.statement(statement, scope)
        elif isinstance(node, ast.If):
            self.expression(node.test, scope)
            for statement in node.body + node.orelse:
                self.statement(statement, scope)
        elif isinstance(node, (ast.With, ast.AsyncWith)):
            for item in node.items:
                self.expression(item.context_expr, scope)
                if item.optional_vars is not None:
                    self.bind_target(item.optional_vars, scope)
            for statement in node.body:
                self.statement(statement, scope)
        elif isinstance(node, (ast.Try, ast.TryStar)):
            catches = any(self.catches_name_error(handler) for handler in node.handlers)
            self.protected += catches
            for statement in node.body:
                self.statement(statement, scope)
            self.protected -= catches
            for handler in node.handlers:
                if handler.type is not None:
                    self.expression(handler.type, scope)
                if handler.name:
                    scope.names.add(handler.name)
                for statement in handler.body:
                    self.statement(statement, scope)
            for statement in node.orelse + node.finalbody:
                self.statement(statement, scope)
        elif isinstance(node, ast.Global):
            pass
        elif isinstance(node, ast.Delete):
            for target in node.targets:
                if not isinstance(target, ast.Name):
                    self.expression(target, scope)
        elif isinstance(node, ast.Match):
            self.expression(node.subject, scope)
            for case in node.cases:
                for child in ast.walk(case.pattern):
                    name = getattr(child, "name", None) or getattr(child, "rest", None)
                    if isinstance(name, str):
                        scope.names.add(name)
                    if isinstance(child, ast.MatchValue):
                        self.expression(child.value, scope)
                    if isinstance(child, ast.MatchClass):
                        self.expression(child.cls, scope)
                if case.guard is not None:
                    self.expression(case.guard, scope)
                for statement in case.body:
                    self.statement(statement, scope)
        else:
            for child in ast.iter_child_nodes(node):
                if isinstance(child, ast.expr):
                    self.expression(child, scope)

    @staticmethod
    def catches_name_error(handler: ast.ExceptHandler) -> bool:
        if handler.type is None:
            return True
        types = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
        return any(isinstance(t, ast.Name) and t.id in CATCHES_NAME_ERROR for t in types)

    def expression(self, node: ast.AST, scope: Scope, load: bool = False) -> None:
        if isinstance(node, ast.Name):
            if (isinstance(node.ctx, ast.Load) or load) and not self.lookup(node.id, scope):
                self.report(node)
            return
        if isinstance(node, ast.NamedExpr):
            self.expression(node.value, scope)
            target_scope = scope
            while target_scope.kind == "comprehension" and target_scope.parent is not None:
                target_scope = target_scope.parent
            target_scope.names.add(node.target.id)
            return
        if isinstance(node, ast.Lambda):
            for default in node.args.defaults + [d for d in node.args.kw_defaults if d is not None]:
                self.expression(default, scope)
            self.deferred.append((node, scope, self.block))
            return
        if isinstance(node, (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp)):
            inner = Scope("comprehension", set(), scope)
            for index, generator in enumerate(node.generators):
                # The first iterable is evaluated in the enclosing scope.
                self.expression(generator.iter, scope if index == 0 else inner)
                self.bind_target(generator.target, inner)
                for test in generator.ifs:
                    self.expression(test, inner)
            if isinstance(node, ast.DictComp):
                self.expression(node.key, inner)
                self.expression(node.value, inner)
            else:
                self.expression(node.elt, inner)
            return
        for child in ast.iter_child_nodes(node):
            self.expression(child, scope)

    def function_body(self, node: ast.AST, enclosing: Scope) -> None:
        if isinstance(node, ast.Lambda):
            scope = Scope("function", locals_of([ast.Expr(node.body)], node.args), enclosing)
            self.expression(node.body, scope)
            return
        scope = Scope("function", locals_of(node.body, node.args), enclosing)
        for statement in node.body:
            self.function_statement(statement, scope)

    def function_statement(self, node: ast.stmt, scope: Scope) -> None:
        # Inside a function every local is known up front; nested functions are checked when reached.
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for decorator in node.decorator_list:
                self.expression(decorator, scope)
            for default in node.args.defaults + [d for d in node.args.kw_defaults if d is not None]:
                self.expression(default, scope)
            self.function_body(node, scope)
            return
        self.statement(node, scope)


def globals_assigned(tree: ast.Module) -> set[str]:
    """Names a function declares `global` and binds: module names once the function has run."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Global):
            names.update(node.names)
    return names


# ---- the program --------------------------------------------------------------------------------------------


def compile_block(code: str) -> tuple[ast.Module | None, dict | None]:
    try:
        # The compiler proper, not only the parser: `return` outside a function and the like are errors too.
        compile(code, "<block>", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, dont_inherit=True)
        tree = ast.parse(code, feature_version=(3, 11))
    except SyntaxError as error:
        return None, {"line": error.lineno or 1, "col": error.offset or 0, "message": error.msg}
    return tree, None


def analyze_program(program: dict) -> list[dict]:
    blocks = program["blocks"]
    results: list[dict] = []
    trees: list[ast.Module | None] = []
    for block in blocks:
        python, magic, target = jupyter_to_python(block["code"])
        result: dict = {"magic": magic, "missing": [], "events": []}
        if magic in {"bash", "sh", "script", "writefile", "html", "javascript", "markdown", "latex", "svg"}:
            result["cellMagic"] = {"magic": magic, "target": target}
            trees.append(None)
            results.append(result)
            continue
        tree, error = compile_block(python)
        if error:
            result["syntaxError"] = error
        trees.append(tree)
        if tree is not None:
            facts = Facts()
            facts.visit(tree)
            result["events"] = facts.events
        results.append(result)

    # Two readings of the page: the student edition runs only the student blocks, the instructor edition all of
    # them. A student block is judged by the first, an instructor block by the second.
    for edition in ("student", "instructor"):
        names = Names()
        for index, (block, tree) in enumerate(zip(blocks, trees)):
            if tree is None or block.get("fragment"):
                continue
            if edition == "student" and block["instructor"]:
                continue
            names.run_module(tree, index)
            names.defined.update(globals_assigned(tree))
        names.finish()
        for missing in names.missing:
            block = blocks[missing["block"]]
            if block["instructor"] == (edition == "instructor"):
                results[missing["block"]]["missing"].append(missing)
    for index, block in enumerate(blocks):
        if block.get("fragment") and trees[index] is not None:
            pass  # a fragment's names are not checked, and it defines nothing for the blocks after it
    for result in results:
        seen = set()
        unique = []
        for missing in result["missing"]:
            key = (missing["name"], missing["line"], missing["col"])
            if key not in seen:
                seen.add(key)
                unique.append(missing)
        result["missing"] = sorted(unique, key=lambda m: (m["line"], m["col"]))
    return results


def main() -> None:
    if sys.version_info[:2] != (3, 11):
        sys.exit(f"The lab check needs Python 3.11; this is {sys.version.split()[0]}.")
    request = json.load(sys.stdin)
    response = {"programs": [analyze_program(program) for program in request["programs"]]}
    json.dump(response, sys.stdout, separators=(",", ":"))


if __name__ == "__main__":
    main()
