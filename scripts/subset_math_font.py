"""Subset Latin Modern Math to the characters the site's MathML uses, as a small WOFF2.

Usage: python scripts/subset_math_font.py [SITE_DIR]
Without SITE_DIR it builds the site into a temporary folder first. The OpenType MATH table is kept,
with the size variants and assembly parts of every kept glyph, so brackets, roots and sums stretch.
The GUST Font License asks that derived fonts be renamed, so the subset gets its own family name.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from html import unescape
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "scripts/fonts/latinmodern-math.otf"
TARGET = ROOT / "docs/assets/fonts/roadmap-math.woff2"
FAMILY = "Roadmap Math"

# Always kept, so a new lesson rarely needs a re-subset: ASCII, Greek, common operators and arrows,
# and the math italic letters that browsers substitute for single-letter <mi> elements.
BASE = (
    "".join(chr(c) for c in range(0x1D434, 0x1D468))
    + "".join(chr(c) for c in range(0x1D6E2, 0x1D71C))
    + "ℎ"
    + "".join(chr(c) for c in range(0x20, 0x7F))
    + "".join(chr(c) for c in range(0x391, 0x3CA))
    + "ϵϑϕϱϖ∂∇∞±×÷·∘√∑∏∫∮≈≠≡≤≥≪≫∝∼≃≅∈∉⊂⊆⊃⊇∪∩∧∨¬∀∃∅→←↔⇒⇐⇔↦⊤⊥‖∥⟨⟩⌈⌉⌊⌋…⋯⋮⋱′″ℝℕℤℚℂ𝔼ℙℒ"
)
MATH = re.compile(r"<math\b.*?</math>", re.DOTALL)
TAG = re.compile(r"<[^>]+>")


def characters_in_site(site: Path) -> set[str]:
    """Every character inside a <math> element of the built site."""
    chars: set[str] = set()
    for page in site.rglob("*.html"):
        for formula in MATH.findall(page.read_text(encoding="utf-8")):
            chars.update(unescape(TAG.sub("", formula)))
    # Variation selectors (math-core marks \mathcal with U+FE00) pick a glyph style; they have none.
    return {c for c in chars if not c.isspace() and not 0xFE00 <= ord(c) <= 0xFE0F}


def missing_characters(font_path: Path, chars: set[str]) -> set[str]:
    """Characters the font at ``font_path`` has no glyph for."""
    cmap = TTFont(font_path).getBestCmap()
    return {c for c in chars if ord(c) not in cmap}


def build_subset(chars: set[str], target: Path = TARGET) -> None:
    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["kern"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    font = TTFont(SOURCE)
    available = set(font.getBestCmap())
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(ord(c) for c in chars if ord(c) in available))
    subsetter.subset(font)
    for record in font["name"].names:
        if record.nameID in (1, 4, 16):
            record.string = FAMILY
        elif record.nameID == 6:
            record.string = FAMILY.replace(" ", "")
    font.flavor = "woff2"
    font.save(target)


def main() -> None:
    if len(sys.argv) > 1:
        site = Path(sys.argv[1])
        chars = characters_in_site(site)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run([sys.executable, "-m", "mkdocs", "build", "--quiet", "-d", tmp],
                           cwd=ROOT, check=True)
            chars = characters_in_site(Path(tmp))
    build_subset(chars | set(BASE))
    print(f"{TARGET.relative_to(ROOT)}: {len(chars)} characters used by the site, "
          f"{TARGET.stat().st_size / 1024:.1f} KiB")


if __name__ == "__main__":
    main()
