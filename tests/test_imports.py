"""Every module of the package imports: a module only some builds load (the PDF builder's, say)
must not hide a syntax error until that build runs."""

import importlib
import pkgutil

import pytest

import xmgov

MODULES = sorted(m.name for m in pkgutil.walk_packages(xmgov.__path__, "xmgov."))


def test_the_package_has_its_modules():
    assert {"xmgov.pdfbook", "xmgov.sphinxext", "xmgov.datapackage"} <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_module_imports(name):
    importlib.import_module(name)
