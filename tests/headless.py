"""Open a page of `kgraph view` in headless Chromium and read what it drew, for the tests and
the benchmark.

The page's own script writes what it drew into ``<body data-...>``; Chromium's ``--dump-dom``
prints the page after its scripts ran, and a script appended to the page can act on it first
(move the pointer, filter, pan) and write what it saw there too.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

__all__ = ["CHROMIUM", "PAN", "render"]

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def render(
    page: Path, scratch: Path, script: str = "", flags: tuple[str, ...] = ()
) -> dict[str, str]:
    """Open ``page`` in headless Chromium (with ``flags`` besides kgraph's own), run
    ``script`` after the page's own, return the attributes of ``<body>``."""
    if script:
        text = page.read_text(encoding="utf-8")
        page.write_text(text.replace("</body>", f"<script>{script}</script>\n</body>"), "utf-8")
    done = subprocess.run(
        [
            CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--enable-unsafe-swiftshader", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            f"--user-data-dir={scratch / 'chromium'}",
            "--window-size=1280,800", *flags, "--dump-dom", page.resolve().as_uri(),
        ],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    body = re.search(r"<body([^>]*)>", done.stdout)
    assert done.returncode == 0 and body, done.stderr[-2000:]
    return dict(re.findall(r'data-([\w-]+)="([^"]*)"', body[1]))


# Stops the layout, then drags the pointer across the graph as a user pans, timing each frame
# until it is drawn (a pixel read back waits for the GPU, or the software standing in for it).
PAN = """
window.kgraph.stopLayout();
const {renderer} = window.kgraph;
const captor = renderer.getMouseCaptor().container;
const box = captor.getBoundingClientRect();
const pixel = new Uint8Array(4);
const mouse = (type, dx) => captor.dispatchEvent(new MouseEvent(type, {
  bubbles: true, button: 0, clientX: box.left + box.width / 2 + dx, clientY: box.top + 300,
}));
mouse("mousedown", 0);
const frames = [];
for (let step = 1; step <= 21; step++) {
  const started = performance.now();
  mouse("mousemove", 10 * step);
  renderer.render();
  for (const gl of Object.values(renderer.webGLContexts)) {
    gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
  }
  frames.push(performance.now() - started);
}
mouse("mouseup", 210);
frames.sort((a, b) => a - b);
document.body.dataset.panFrameMs = Math.round(frames[10]);
document.body.dataset.panned = renderer.getCamera().getState().x !== 0.5;
// the page's data is all that is large in the DOM Chromium prints
document.getElementById("kgraph-data").remove();
"""
