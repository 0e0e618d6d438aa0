"""The libraries bundled for `kgraph view` are the npm versions ``js/package-lock.json`` pins,
each named in the bundle's header with its licence, whose text ships beside it.

``js/build.sh`` writes all three files; a bundle edited by hand, or rebuilt without its lock
file, fails here.
"""

from __future__ import annotations

import json
import re

from .conftest import ROOT

DATA = ROOT / "kgraph" / "export" / "data"
BUNDLE = (DATA / "graph-libraries.min.js").read_text(encoding="utf-8")
LICENCES = (DATA / "graph-libraries.LICENSE.txt").read_text(encoding="utf-8")
LOCK = json.loads((ROOT / "js" / "package-lock.json").read_text(encoding="utf-8"))
PACKAGE = json.loads((ROOT / "js" / "package.json").read_text(encoding="utf-8"))


def named() -> dict[str, tuple[str, str]]:
    """The packages the bundle's header names: name -> (version, licence)."""
    header = BUNDLE.split("*/", 1)[0]
    listed = header.split("libraries: ", 1)[1].split(". Licences", 1)[0]
    return {
        name: (version, licence)
        for name, version, licence in re.findall(r"([\w@/.-]+) ([\d.]+) \(([^)]+)\)", listed)
    }


def test_the_header_names_the_locked_versions_of_what_the_page_needs() -> None:
    packages = named()
    for name, (version, _) in packages.items():
        assert LOCK["packages"][f"node_modules/{name}"]["version"] == version, name
    # what the page takes from npm, pinned exactly in package.json
    for name, version in PACKAGE["dependencies"].items():
        assert packages[name][0] == version


def test_each_bundled_package_has_its_licence_text_beside_the_bundle() -> None:
    for name, (version, licence) in named().items():
        section = LICENCES.split(f"{name} {version}, {licence}\n", 1)
        assert len(section) == 2, name
        assert "Permission is hereby granted" in section[1].split("-" * 72, 1)[0], name


def test_the_bundle_cannot_end_the_script_element_it_is_inlined_in() -> None:
    assert not re.search(r"</script|<!--", BUNDLE, re.IGNORECASE)
