"""The Outlook add-in's icons: a white "R" monogram on a rounded teal square, drawn in pure Python.

Drawing them from a few shapes (instead of committing hand-made images) keeps every size
consistent and lets the CLI write the package icons next to a rendered manifest. Shapes are signed
distance functions in unit coordinates (0..1, y down); one distance per pixel, turned into
coverage, gives smooth edges without supersampling.

`python -m app.addons.outlook_icons [DIR]` rewrites the committed PNGs (default: the static
assets folder the task pane serves).
"""

from __future__ import annotations

import math
import struct
import sys
import zlib
from pathlib import Path

ACCENT = "#1F5F6B"
_ACCENT_RGB = (0x1F, 0x5F, 0x6B)
_WHITE = (0xFF, 0xFF, 0xFF)

ASSETS_DIR = Path(__file__).parent / "outlook_static" / "assets"
# Ribbon and add-in dialog icons (served by the task pane), then the unified package's two icons:
# color.png (192x192, full colour) and outline.png (32x32, white on transparent).
ICON_SIZES = (16, 32, 64, 80, 128)
PACKAGE_ICONS = {"color.png": (192, False), "outline.png": (32, True)}


def asset_specs() -> dict[str, tuple[int, bool]]:
    """File name -> (size, outline) for every icon the add-in uses."""
    specs = {f"icon-{size}.png": (size, False) for size in ICON_SIZES}
    specs.update(PACKAGE_ICONS)
    return specs


def _box(x: float, y: float, x0: float, y0: float, x1: float, y1: float) -> float:
    cx, cy, hx, hy = (x0 + x1) / 2, (y0 + y1) / 2, (x1 - x0) / 2, (y1 - y0) / 2
    dx, dy = abs(x - cx) - hx, abs(y - cy) - hy
    outside = math.hypot(max(dx, 0.0), max(dy, 0.0))
    return outside + min(max(dx, dy), 0.0)


def _rounded_square(x: float, y: float, inset: float, radius: float) -> float:
    half = 0.5 - inset
    dx = abs(x - 0.5) - (half - radius)
    dy = abs(y - 0.5) - (half - radius)
    return math.hypot(max(dx, 0.0), max(dy, 0.0)) + min(max(dx, dy), 0.0) - radius


def _segment(x: float, y: float, ax: float, ay: float, bx: float, by: float, r: float) -> float:
    px, py, vx, vy = x - ax, y - ay, bx - ax, by - ay
    t = max(0.0, min(1.0, (px * vx + py * vy) / (vx * vx + vy * vy)))
    return math.hypot(px - vx * t, py - vy * t) - r


def _letter_r(x: float, y: float) -> float:
    """Signed distance to a geometric capital R (negative inside)."""
    top, bottom, mid = 0.24, 0.76, 0.53
    stroke = 0.105
    stem_left = 0.31
    stem_right = stem_left + stroke
    bowl_cy = (top + mid) / 2
    outer = (mid - top) / 2
    bowl_cx = 0.62 - outer
    stem = _box(x, y, stem_left, top, stem_right, bottom)
    bars = min(
        # The bars run a little into the bowl so the two shapes join without a seam.
        _box(x, y, stem_right - 0.01, top, bowl_cx + 0.03, top + stroke),
        _box(x, y, stem_right - 0.01, mid - stroke, bowl_cx + 0.03, mid),
    )
    ring = abs(math.hypot(x - bowl_cx, y - bowl_cy) - (outer - stroke / 2)) - stroke / 2
    bowl = max(ring, bowl_cx - x)  # right half of the ring only
    leg = max(
        _segment(x, y, bowl_cx - 0.02, mid - stroke / 2, 0.69, bottom, stroke / 2),
        y - bottom,
        mid - stroke - y,
    )
    return min(stem, bars, bowl, leg)


def _coverage(distance: float, size: int) -> float:
    # Distance in pixels; a one-pixel ramp centred on the edge.
    return max(0.0, min(1.0, 0.5 - distance * size))


def icon_rgba(size: int, *, outline: bool = False) -> bytes:
    """Straight-alpha RGBA pixels, row by row."""
    out = bytearray()
    for row in range(size):
        y = (row + 0.5) / size
        for col in range(size):
            x = (col + 0.5) / size
            glyph = _coverage(_letter_r(x, y), size)
            if outline:
                out += bytes((*_WHITE, round(255 * glyph)))
                continue
            background = _coverage(_rounded_square(x, y, 0.0, 0.2), size)
            rgb = tuple(
                round(accent + (white - accent) * glyph)
                for accent, white in zip(_ACCENT_RGB, _WHITE, strict=True)
            )
            out += bytes((*rgb, round(255 * background)))
    return bytes(out)


def encode_png(width: int, height: int, rgba: bytes) -> bytes:
    """A minimal PNG: 8-bit RGBA, one IDAT, filter type 0 on every row."""
    if len(rgba) != width * height * 4:
        raise ValueError("pixel data does not match the size")
    stride = width * 4
    raw = b"".join(b"\x00" + rgba[i * stride : (i + 1) * stride] for i in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data)
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def render_icon(size: int, *, outline: bool = False) -> bytes:
    return encode_png(size, size, icon_rgba(size, outline=outline))


def render_assets() -> dict[str, bytes]:
    specs = asset_specs()
    return {name: render_icon(size, outline=outline) for name, (size, outline) in specs.items()}


def write_assets(directory: Path = ASSETS_DIR) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, data in render_assets().items():
        path = directory / name
        path.write_bytes(data)
        written.append(path)
    return written


if __name__ == "__main__":  # pragma: no cover - a maintenance script
    for path in write_assets(Path(sys.argv[1]) if len(sys.argv) > 1 else ASSETS_DIR):
        print(path)
