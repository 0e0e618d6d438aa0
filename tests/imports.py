"""Which packages a ``kgraph`` command imports, run as a user runs it: in a fresh process."""

from __future__ import annotations

import subprocess
import sys

__all__ = ["imported_by"]


def imported_by(argv: list[str]) -> set[str]:
    """The top-level packages that ``kgraph ARGV`` has imported when it ends successfully."""
    script = (
        "import sys\n"
        "from kgraph.cli import app\n"
        "try:\n"
        f"    app({argv!r})\n"
        "except SystemExit as end:\n"
        "    assert end.code in (0, None), end.code\n"
        "print(' '.join(sorted({name.split('.')[0] for name in sys.modules})))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    return set(run.stdout.splitlines()[-1].split())
