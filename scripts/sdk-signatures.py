#!/usr/bin/env python3
"""Extracts the SageMaker Python SDK's public signatures into src/lab-check/sdk-signatures.json.

The lab check (src/lab-check/) reads that table to prove that every SDK import, class, function, method and
keyword argument a lab uses exists in the SDK version the course pins. It is read from the SDK's *source*, not
its documentation (v3's migration.md and examples are stale in places), with the standard library only
(Python 3.11 `ast`): nothing is imported or installed.

What the table holds, for every module of the SDK's packages (sagemaker-core, sagemaker-train, sagemaker-serve,
sagemaker-mlops):
- the names a module offers: its functions, classes, assignments, imports and re-exports (including the lazy
  `__getattr__` re-exports of the packages' `__init__.py`), each resolved to where it is defined;
- for every class: its constructor's keyword arguments (an explicit `__init__`, or the fields of a pydantic model
  or a dataclass), and its methods, properties and attributes, inherited ones included, with each method's
  parameters and, when it is a single SDK class, its return type.

To refresh it for a new SDK version (and change the pins on the course pages to match):
1. Get the source at the release tag: with the project's `fetch` tool, `github:aws/sagemaker-python-sdk`, then
   `git --git-dir=<mirror> archive v3.N.M | tar -x -C /work/sdk-v3.N.M` (or `git clone --branch v3.N.M
   https://github.com/aws/sagemaker-python-sdk`). The tag's top-level VERSION file is the `sagemaker` version;
   each package folder's VERSION is that package's version.
2. Run `python3 scripts/sdk-signatures.py /work/sdk-v3.N.M` (it writes src/lab-check/sdk-signatures.json).
3. Run `npm run check:labs` (or `node scripts/check-labs.ts`): every finding is a place the labs use something the new version changed.
"""

from __future__ import annotations

import ast
import json
import sys
from pathlib import Path

PACKAGES = ["sagemaker-core", "sagemaker-train", "sagemaker-serve", "sagemaker-mlops"]
OUTPUT = Path(__file__).resolve().parent.parent / "src" / "lab-check" / "sdk-signatures.json"

# Bases from outside the SDK whose members the table knows, so a class deriving from them stays checkable.
# Anything else from outside (a third-party base) makes a class "open": its members cannot be listed.
KNOWN_EXTERNAL_BASES = {
    "object": [],
    "abc.ABC": [],
    "typing.Generic": [],
    "typing.Protocol": [],
    "enum.Enum": ["name", "value"],
    "enum.IntEnum": ["name", "value"],
    "str": [],
    "int": [],
    "dict": ["get", "items", "keys", "values", "update", "pop", "setdefault", "copy"],
    "Exception": ["args", "with_traceback"],
    "ValueError": ["args"],
    "RuntimeError": ["args"],
    "TypeError": ["args"],
    "KeyError": ["args"],
    "pydantic.BaseModel": [
        "model_dump",
        "model_dump_json",
        "model_copy",
        "model_validate",
        "model_validate_json",
        "model_fields",
        "model_config",
        "model_json_schema",
        "dict",
        "json",
        "copy",
    ],
}


def module_name(package_src: Path, file: Path) -> str:
    parts = list(file.relative_to(package_src).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


class Module:
    def __init__(self, name: str, file: Path, is_package: bool):
        self.name = name
        self.file = file
        self.is_package = is_package
        self.tree = ast.parse(file.read_text(encoding="utf-8"), filename=str(file))
        # name -> ("def", node) | ("import", module, attr-or-None) | ("value", None)
        self.names: dict[str, tuple] = {}
        self.open = False
        self.star_imports: list[str] = []
        # Every top-level binding of a name with its line: a class's bases are looked up as bound where the class
        # stands (shapes.py binds pydantic's `BaseModel`, then defines a shape called `BaseModel`).
        self.history: dict[str, list[tuple[int, tuple]]] = {}
        self._collect()

    def _record(self, name: str, entry: tuple, line: int) -> None:
        self.names[name] = entry
        self.history.setdefault(name, []).append((line, entry))

    def resolve_relative(self, module: str | None, level: int) -> str:
        if level == 0:
            return module or ""
        base = self.name.split(".")
        if not self.is_package:
            base = base[:-1]
        if level > 1:
            base = base[: len(base) - (level - 1)]
        return ".".join(base + ([module] if module else []))

    def _collect(self) -> None:
        for node in self.tree.body:
            self._statement(node)

    def _statement(self, node: ast.stmt) -> None:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            if node.name == "__getattr__" and isinstance(node, ast.FunctionDef):
                self._lazy_getattr(node)
            else:
                self._record(node.name, ("def", node), node.lineno)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname:
                    self._record(alias.asname, ("import", alias.name, None), node.lineno)
                else:
                    top = alias.name.split(".")[0]
                    self.names.setdefault(top, ("import", top, None))
        elif isinstance(node, ast.ImportFrom):
            source = self.resolve_relative(node.module, node.level)
            for alias in node.names:
                if alias.name == "*":
                    self.star_imports.append(source)
                else:
                    self._record(alias.asname or alias.name, ("import", source, alias.name), node.lineno)
        elif isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                for name in ast.walk(target):
                    if isinstance(name, ast.Name):
                        self.names.setdefault(name.id, ("value", None))
        elif isinstance(node, (ast.If, ast.Try, ast.With)):
            # Conditional imports (`try: import x except ImportError:`) and version switches: both branches count.
            bodies = [node.body, getattr(node, "orelse", []), getattr(node, "finalbody", [])]
            bodies += [handler.body for handler in getattr(node, "handlers", [])]
            for body in bodies:
                for child in body:
                    self._statement(child)

    def _lazy_getattr(self, function: ast.FunctionDef) -> None:
        """`def __getattr__(name)` re-exports: `if name == "X": from m import X; return X`, or `if name in __all__`."""
        understood = False
        for node in ast.walk(function):
            if not isinstance(node, ast.If):
                continue
            test = node.test
            imports = [child for child in node.body if isinstance(child, ast.ImportFrom)]
            if not imports:
                continue
            source = self.resolve_relative(imports[0].module, imports[0].level)
            if (
                isinstance(test, ast.Compare)
                and isinstance(test.ops[0], ast.Eq)
                and isinstance(test.comparators[0], ast.Constant)
                and isinstance(test.comparators[0].value, str)
            ):
                exported = test.comparators[0].value
                attribute = next(
                    (alias.name for imp in imports for alias in imp.names if (alias.asname or alias.name) == exported),
                    None,
                )
                imported = imports[0].names[0].name
                if attribute is not None:
                    self.names[exported] = ("import", source, attribute)
                else:
                    # `from sagemaker.core import common_utils; return getattr(common_utils, name)` style.
                    self.names[exported] = ("import", f"{source}.{imported}" if source else imported, exported)
                understood = True
            elif isinstance(test, ast.Compare) and isinstance(test.ops[0], ast.In):
                listed = self._all_names()
                imported = imports[0].names[0].name
                target = f"{source}.{imported}"
                for exported in listed:
                    self.names.setdefault(exported, ("import", target, exported))
                understood = bool(listed)
        if not understood:
            self.open = True

    def _all_names(self) -> list[str]:
        for node in self.tree.body:
            if isinstance(node, ast.Assign) and any(
                isinstance(target, ast.Name) and target.id == "__all__" for target in node.targets
            ):
                try:
                    return [str(item) for item in ast.literal_eval(node.value)]
                except ValueError:
                    return []
        return []


def dotted(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = dotted(node.value)
        return f"{base}.{node.attr}" if base else None
    if isinstance(node, ast.Subscript):  # Generic[T], BaseModel[...]
        return dotted(node.value)
    return None


class Table:
    def __init__(self, modules: dict[str, Module]):
        self.modules = modules
        self.classes: dict[str, dict] = {}
        self.functions: dict[str, dict] = {}
        self._class_nodes: dict[str, tuple[Module, ast.ClassDef]] = {}
        self._resolving: set[str] = set()

    # ---- name resolution -------------------------------------------------------------------------------------

    def resolve(self, module: str, name: str, depth: int = 0) -> tuple[str, str] | None:
        """Where `module.name` is defined: ("class"|"function"|"value"|"module"|"external", qualified name)."""
        if depth > 30:
            return None
        mod = self.modules.get(module)
        if mod is None:
            if f"{module}.{name}" in self.modules:
                return ("module", f"{module}.{name}")
            return ("external", f"{module}.{name}") if module else ("external", name)
        entry = mod.names.get(name)
        if entry is None:
            if f"{module}.{name}" in self.modules:
                return ("module", f"{module}.{name}")
            for star in mod.star_imports:
                found = self.resolve(star, name, depth + 1)
                if found:
                    return found
            return None
        kind = entry[0]
        if kind == "def":
            node = entry[1]
            qualified = f"{module}.{name}"
            if isinstance(node, ast.ClassDef):
                self._class_nodes[qualified] = (mod, node)
                return ("class", qualified)
            return ("function", qualified)
        if kind == "value":
            return ("value", f"{module}.{name}")
        _, source, attribute = entry
        if attribute is None:
            return ("module", source) if source in self.modules else ("external", source)
        if source == module and attribute == name:
            return None
        return self.resolve(source, attribute, depth + 1)

    def resolve_expression(self, mod: Module, expression: str, line: int | None = None) -> tuple[str, str] | None:
        """A dotted name as written inside a module (`BaseModel`, `abc.ABC`, `shapes.Tag`), at a line if given."""
        head, *rest = expression.split(".")
        earlier = [entry for at, entry in mod.history.get(head, []) if line is not None and at < line]
        if earlier and earlier[-1] is not mod.names.get(head) and earlier[-1][0] == "import":
            _, source, attribute = earlier[-1]
            found = (
                (("module", source) if source in self.modules else ("external", source))
                if attribute is None
                else self.resolve(source, attribute)
            )
        else:
            found = self.resolve(mod.name, head)
        if found is None:
            return ("external", expression) if head in dir(__builtins__) or head in {"object"} else None
        for part in rest:
            kind, qualified = found
            if kind == "module":
                found = self.resolve(qualified, part)
            elif kind == "external":
                found = ("external", f"{qualified}.{part}")
            else:
                return None
            if found is None:
                return None
        return found

    # ---- signatures ------------------------------------------------------------------------------------------

    @staticmethod
    def signature(function: ast.FunctionDef | ast.AsyncFunctionDef, drop_first: bool) -> dict:
        args = function.args
        positional = [a.arg for a in args.posonlyargs + args.args]
        if drop_first and positional:
            positional = positional[1:]
        defaults = len(args.defaults)
        required_positional = positional[: len(positional) - defaults] if defaults else positional
        return {
            "params": positional,
            "kwonly": [a.arg for a in args.kwonlyargs],
            "posonly": [a.arg for a in args.posonlyargs][1 if drop_first and args.posonlyargs else 0 :],
            "required": required_positional
            + [a.arg for a, d in zip(args.kwonlyargs, args.kw_defaults) if d is None],
            "varargs": args.vararg is not None,
            "varkw": args.kwarg is not None,
        }

    def class_info(self, qualified: str) -> dict | None:
        if qualified in self.classes:
            return self.classes[qualified]
        if qualified in self._resolving or qualified not in self._class_nodes:
            return None
        self._resolving.add(qualified)
        mod, node = self._class_nodes[qualified]
        info = self._build_class(qualified, mod, node)
        self._resolving.discard(qualified)
        self.classes[qualified] = info
        return info

    def _returns(self, mod: Module, function: ast.FunctionDef | ast.AsyncFunctionDef, owner: str) -> str | None:
        annotation = function.returns
        if annotation is None:
            return None
        if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
            try:
                annotation = ast.parse(annotation.value, mode="eval").body
            except SyntaxError:
                return None
        # `Optional["Endpoint"]` (sagemaker-core's `get`) is an Endpoint wherever a method is called on it.
        if isinstance(annotation, ast.Subscript) and (dotted(annotation.value) or "").split(".")[-1] == "Optional":
            annotation = annotation.slice
            if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
                try:
                    annotation = ast.parse(annotation.value, mode="eval").body
                except SyntaxError:
                    return None
        name = dotted(annotation) if isinstance(annotation, (ast.Name, ast.Attribute)) else None
        if name is None:
            return None
        if name in {"Self", "typing.Self", "typing_extensions.Self"}:
            return owner
        if name == owner.rsplit(".", 1)[-1]:
            return owner
        found = self.resolve_expression(mod, name)
        return found[1] if found and found[0] == "class" else None

    def _build_class(self, qualified: str, mod: Module, node: ast.ClassDef) -> dict:
        open_class = False
        bases: list[str] = []
        inherited_members: dict[str, object] = {}
        inherited_fields: list[str] = []
        pydantic = False
        base_init: dict | None = None
        getattr_defined = False
        extra = None
        for base in node.bases:
            written = dotted(base)
            found = self.resolve_expression(mod, written, node.lineno) if written else None
            if found is None:
                open_class = True
                continue
            kind, target = found
            if kind == "class":
                bases.append(target)
                info = self.class_info(target)
                if info is None:
                    open_class = True
                    continue
                open_class = open_class or info["open"]
                pydantic = pydantic or info["pydantic"]
                extra = extra or info.get("extra")
                for field in info["fields"]:
                    if field not in inherited_fields:
                        inherited_fields.append(field)
                for name, member in info["members"].items():
                    inherited_members.setdefault(name, member)
                if base_init is None and info.get("explicit_init"):
                    base_init = info["init"]
            else:
                normalized = {
                    "ABC": "abc.ABC",
                    "BaseModel": "pydantic.BaseModel",
                    "Enum": "enum.Enum",
                    "Generic": "typing.Generic",
                    "Protocol": "typing.Protocol",
                    "pydantic.main.BaseModel": "pydantic.BaseModel",
                }.get(target, target)
                if normalized.startswith("typing.Generic") or normalized.startswith("typing.Protocol"):
                    normalized = normalized.split("[")[0]
                if normalized in KNOWN_EXTERNAL_BASES:
                    bases.append(normalized)
                    pydantic = pydantic or normalized == "pydantic.BaseModel"
                    for name in KNOWN_EXTERNAL_BASES[normalized]:
                        inherited_members.setdefault(name, "attr")
                else:
                    bases.append(normalized)
                    open_class = True

        decorators = {dotted(d.func if isinstance(d, ast.Call) else d) for d in node.decorator_list}
        attrs_class = bool(
            decorators
            & {"attr.s", "attr.attrs", "attrs.define", "attr.define", "attrs.frozen", "attr.frozen", "define", "frozen"}
        )
        dataclass = attrs_class or bool(decorators & {"dataclass", "dataclasses.dataclass"})
        members: dict[str, object] = {}
        fields: list[str] = list(inherited_fields)
        own_init = None
        for statement in node.body:
            if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef)):
                names = {dotted(d.func if isinstance(d, ast.Call) else d) for d in statement.decorator_list}
                if "property" in names or "cached_property" in names or "functools.cached_property" in names:
                    members[statement.name] = "attr"
                    continue
                if any(name and name.endswith(".setter") for name in names):
                    continue
                static = "staticmethod" in names
                classmethod = "classmethod" in names
                signature = self.signature(statement, drop_first=not static)
                signature["kind"] = "static" if static else "class" if classmethod else "method"
                returns = self._returns(mod, statement, qualified)
                if returns:
                    signature["returns"] = returns
                if statement.name == "__init__":
                    own_init = signature
                elif statement.name == "__getattr__":
                    getattr_defined = True
                members[statement.name] = signature
                # Instance attributes a method assigns (`self.sagemaker_client = ...`).
                for child in ast.walk(statement):
                    if isinstance(child, (ast.Assign, ast.AnnAssign)):
                        targets = child.targets if isinstance(child, ast.Assign) else [child.target]
                        for target in targets:
                            if (
                                isinstance(target, ast.Attribute)
                                and isinstance(target.value, ast.Name)
                                and target.value.id == "self"
                            ):
                                members.setdefault(target.attr, "attr")
            elif isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
                name = statement.target.id
                members.setdefault(name, "attr")
                annotation = statement.annotation
                head = dotted(annotation.value if isinstance(annotation, ast.Subscript) else annotation) or ""
                is_classvar = head.split(".")[-1] == "ClassVar"
                excluded = name.startswith("_") or is_classvar
                value = statement.value
                if (
                    isinstance(value, ast.Call)
                    and (dotted(value.func) or "").split(".")[-1] in {"field", "Field", "PrivateAttr"}
                ):
                    if (dotted(value.func) or "").endswith("PrivateAttr"):
                        excluded = True
                    for keyword in value.keywords:
                        if keyword.arg == "init" and isinstance(keyword.value, ast.Constant) and not keyword.value.value:
                            excluded = True
                if (pydantic or dataclass) and not excluded and name not in fields:
                    fields.append(name)
            elif isinstance(statement, ast.Assign):
                for target in statement.targets:
                    if isinstance(target, ast.Name):
                        members.setdefault(target.id, "attr")
                        # attrs: `expire_after = attr.ib(default=None)` is a constructor argument (`_x` is `x`).
                        value = statement.value
                        if (
                            attrs_class
                            and isinstance(value, ast.Call)
                            and (dotted(value.func) or "") in {"attr.ib", "attr.attrib", "attrs.field", "attr.field", "field"}
                            and not any(
                                k.arg == "init" and isinstance(k.value, ast.Constant) and not k.value.value
                                for k in value.keywords
                            )
                        ):
                            init_name = target.id.lstrip("_")
                            if init_name not in fields:
                                fields.append(init_name)
                        if target.id == "model_config" and isinstance(statement.value, ast.Call):
                            for keyword in statement.value.keywords:
                                if keyword.arg == "extra" and isinstance(keyword.value, ast.Constant):
                                    extra = keyword.value.value
            elif isinstance(statement, ast.ClassDef):
                members[statement.name] = "attr"

        merged = dict(inherited_members)
        merged.update(members)
        merged.pop("__init__", None)
        if "__getattr__" in inherited_members:
            getattr_defined = True
        if own_init is not None:
            init = own_init
            # A pydantic model whose __init__ only forwards **data still takes its fields.
            if pydantic and init["varkw"] and not init["params"] and not init["kwonly"]:
                init = {**init, "params": [], "kwonly": fields, "varkw": extra == "allow"}
        elif (pydantic or dataclass) and fields:
            init = {
                "params": [] if pydantic else fields,
                "kwonly": fields if pydantic else [],
                "posonly": [],
                "required": [],
                "varargs": False,
                "varkw": pydantic and extra == "allow",
            }
        elif base_init is not None:
            init = base_init
        else:
            init = None
        return {
            "bases": bases,
            "open": open_class or getattr_defined,
            "pydantic": pydantic,
            "dataclass": dataclass,
            "extra": extra,
            "fields": fields,
            "explicit_init": own_init is not None or base_init is not None or bool(fields),
            "init": init,
            "members": dict(sorted(merged.items())),
        }

    def function_info(self, qualified: str) -> dict | None:
        if qualified in self.functions:
            return self.functions[qualified]
        module, name = qualified.rsplit(".", 1)
        mod = self.modules.get(module)
        entry = mod.names.get(name) if mod else None
        if not entry or entry[0] != "def":
            return None
        node = entry[1]
        signature = self.signature(node, drop_first=False)
        returns = self._returns(mod, node, qualified)
        if returns:
            signature["returns"] = returns
        self.functions[qualified] = signature
        return signature


def read_modules(sdk: Path) -> tuple[dict[str, Module], dict[str, str]]:
    modules: dict[str, Module] = {}
    versions = {"sagemaker": (sdk / "VERSION").read_text().strip()}
    for package in PACKAGES:
        source = sdk / package / "src"
        versions[package] = (sdk / package / "VERSION").read_text().strip()
        for file in sorted(source.rglob("*.py")):
            name = module_name(source, file)
            if name == "sagemaker":
                continue  # the namespace package's __init__.py: it offers nothing
            modules[name] = Module(name, file, file.name == "__init__.py")
    return modules, versions


def public(name: str) -> bool:
    return not any(part.startswith("_") for part in name.split("."))


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: python3 scripts/sdk-signatures.py <path to the sagemaker-python-sdk source at a v3 tag>")
    sdk = Path(sys.argv[1])
    modules, versions = read_modules(sdk)
    table = Table(modules)
    out_modules: dict[str, dict] = {}
    for name in sorted(modules):
        if not public(name):
            continue
        mod = modules[name]
        names: dict[str, str] = {}
        candidates = set(mod.names) | {sub.rsplit(".", 1)[1] for sub in modules if sub.rsplit(".", 1)[0] == name}
        for star in mod.star_imports:
            source = modules.get(star)
            if source is not None:
                candidates |= set(source._all_names() or [n for n in source.names if not n.startswith("_")])
        for exported in sorted(candidates):
            if exported.startswith("_"):
                continue
            found = table.resolve(name, exported)
            if found is None:
                continue
            kind, qualified = found
            if kind == "class" and table.class_info(qualified) is None:
                kind = "value"
            if kind == "function" and table.function_info(qualified) is None:
                kind = "value"
            names[exported] = f"{kind}:{qualified}" if kind in {"class", "function", "module"} else kind
        out_modules[name] = {"names": names, **({"open": True} if mod.open else {})}
    # Classes that only a return type names (`ModelBuilder.build() -> Model`) are checkable too.
    pending = True
    while pending:
        pending = False
        returned = [
            member.get("returns")
            for info in list(table.classes.values())
            for member in info["members"].values()
            if isinstance(member, dict)
        ] + [signature.get("returns") for signature in list(table.functions.values())]
        for qualified in returned:
            if qualified and qualified not in table.classes and table.class_info(qualified) is not None:
                pending = True
    classes = {
        qualified: {key: info[key] for key in ("bases", "open", "init", "members")}
        for qualified, info in sorted(table.classes.items())
    }
    data = {
        "about": "Generated by scripts/sdk-signatures.py from the SageMaker Python SDK source; do not edit by hand.",
        "versions": versions,
        "modules": out_modules,
        "classes": classes,
        "functions": dict(sorted(table.functions.items())),
    }
    OUTPUT.write_text(json.dumps(data, separators=(",", ":"), sort_keys=False) + "\n", encoding="utf-8")
    print(
        f"{OUTPUT}: sagemaker {versions['sagemaker']}, {len(out_modules)} modules, {len(classes)} classes, "
        f"{len(table.functions)} functions"
    )


if __name__ == "__main__":
    main()
