"""The public API: every public name has a docstring and a type stub; `import zzplan` needs
neither numpy nor pandas."""

from __future__ import annotations

import ast
import inspect
import subprocess
import sys
from pathlib import Path

import zzplan


def test_every_public_name_has_a_docstring():
    assert zzplan.__doc__
    for name in zzplan.__all__:
        obj = getattr(zzplan, name)
        if inspect.isfunction(obj) or inspect.isclass(obj):
            assert inspect.getdoc(obj), name
            if inspect.isclass(obj):
                for member, value in vars(obj).items():
                    if not member.startswith("_") and callable(value):
                        assert inspect.getdoc(value), f"{name}.{member}"


def test_every_public_name_has_a_stub():
    stub = Path(zzplan.__file__).with_suffix(".pyi")
    tree = ast.parse(stub.read_text(encoding="utf-8"))
    stubbed = {n.name for n in tree.body if isinstance(n, (ast.FunctionDef, ast.ClassDef))}
    stubbed |= {t.id for n in tree.body if isinstance(n, ast.AnnAssign) for t in [n.target]}
    assert set(zzplan.__all__) <= stubbed
    assert (Path(zzplan.__file__).parent / "py.typed").exists()


def test_stub_signatures_match():
    stub = ast.parse(Path(zzplan.__file__).with_suffix(".pyi").read_text(encoding="utf-8"))
    funcs = {n.name: n for n in stub.body if isinstance(n, ast.FunctionDef)}
    for name, node in funcs.items():
        real = inspect.signature(getattr(zzplan, name))
        stub_params = [a.arg for a in node.args.args + node.args.kwonlyargs]
        assert stub_params == list(real.parameters), name


def test_import_needs_no_pandas():
    code = ("import sys; sys.modules['pandas'] = None; sys.modules['numpy'] = None; import zzplan; "
            "print(zzplan.explain('提高到15%')['kind'])")
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert p.returncode == 0, p.stderr
    assert p.stdout.strip() == "level"
