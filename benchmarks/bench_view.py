"""How soon `kgraph view`'s page draws a large graph, and how fast it pans, in headless Chromium.

For made-up graphs (`tests.large_graph`) of growing size, in one run, this writes the page and
opens it in headless Chromium (Debian's package, with software WebGL where there is no GPU):

- ``first draw``: from the page being asked for until its first frame is drawn (the page reads a
  pixel back, which waits for the drawing to finish);
- ``pan frame``: the median frame while the pointer drags the graph, drawn to the pixel.

The baseline is the page before sigma.js (kgraph's own canvas and force layout, from git
revision ``BASELINE``), with its default cap of 500 actors, and without it while the graph is
small enough for its layout: its first draw is when its script ends, which had laid out and
drawn the graph by then.

    .venv/bin/python benchmarks/bench_view.py [--sizes 1000:5000,10000:50000]
"""

from __future__ import annotations

import argparse
import html
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kgraph.export.view import _script_json, view_data, write_view  # noqa: E402
from tests.headless import PAN, render  # noqa: E402
from tests.large_graph import made_up_graph  # noqa: E402

BASELINE = "0783512"
"""The last revision of main with the hand-written canvas page."""

ENDED = "<script>document.body.dataset.firstDrawMs = Math.round(performance.now());</script>"


def baseline_page(graph, path: Path, max_actors: int | None) -> None:
    """The page as the baseline wrote it: its template and script, its data of at most
    ``max_actors`` actors."""
    def old(name: str) -> str:
        return subprocess.run(
            ["git", "show", f"{BASELINE}:kgraph/export/data/{name}"],
            cwd=ROOT, capture_output=True, text=True, check=True,
        ).stdout

    page = old("view.html").replace("{{title}}", html.escape("baseline"))
    page = page.replace("{{data}}", _script_json(view_data(graph, max_actors)))
    page = page.replace("{{script}}", old("view.js"))
    path.write_text(page.replace("</body>", ENDED + "</body>"), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000:5000,10000:50000",
                        help="actors:relations, comma-separated")
    sizes = [tuple(map(int, size.split(":"))) for size in parser.parse_args().sizes.split(",")]
    print(f"{'actors':>7} {'relations':>9}  {'page':<26} {'drawn':>6} {'first draw s':>12} "
          f"{'pan frame ms':>12}")
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        for actors, relations in sizes:
            graph = made_up_graph(actors, relations)
            write_view(graph, folder / "new.html")
            started = time.perf_counter()
            new = render(folder / "new.html", folder, PAN)
            new_s = time.perf_counter() - started
            rows = [("sigma.js (all actors)", new, new["pan-frame-ms"])]
            # the baseline's layout compares every pair of actors: all of them only while few
            for cap in (500, None) if actors <= 2000 else (500,):
                baseline_page(graph, folder / "old.html", cap)
                label = f"baseline ({cap or 'all'} actors)"
                rows.append((label, render(folder / "old.html", folder), "-"))
            for name, shown, pan in rows:
                print(f"{actors:>7} {relations:>9}  {name:<26} {shown['nodes']:>6} "
                      f"{int(shown['first-draw-ms']) / 1000:>12.1f} {pan:>12}")
            print(f"{'':>19}(the sigma.js page took {new_s:.0f} s in Chromium, start to exit)")


if __name__ == "__main__":
    main()
