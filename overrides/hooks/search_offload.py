"""Keep the search index off the page's main thread (see docs/assets/js/search-worker.js).

After Material's search plugin writes ``search/search_index.json``, its documents move to
``search/search_documents.json`` and the index file keeps only the config, which is all the page itself
reads (for highlighting). Every page's config then starts ``assets/js/search-worker.js`` instead of
Material's worker, naming Material's worker so the wrapper can load it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from mkdocs.exceptions import PluginError

WORKER_PATH = re.compile(r'("search":\s*")([^"]*?)assets/javascripts/workers/(search\.[0-9a-f]+\.min\.js)"')
INDEX = "search/search_index.json"
DOCUMENTS = "search/search_documents.json"


def use_wrapper_worker(output: str, where: str) -> str:
    rewritten, count = WORKER_PATH.subn(r'\1\2assets/js/search-worker.js?worker=\3"', output, count=1)
    if count != 1:
        raise PluginError(f"search_offload: Material's search worker is not in the config of {where}")
    return rewritten


def on_post_page(output: str, page, config) -> str:
    return use_wrapper_worker(output, page.file.src_uri)


def on_post_template(output: str, template_name: str, config) -> str:
    return use_wrapper_worker(output, template_name) if template_name == "404.html" else output


def on_post_build(config) -> None:
    site = Path(config["site_dir"])
    index_path = site / INDEX
    if not index_path.is_file():
        raise PluginError(f"search_offload: {INDEX} was not built (is the search plugin enabled?)")
    index = json.loads(index_path.read_text(encoding="utf-8"))
    (site / DOCUMENTS).write_text(json.dumps(index["docs"], ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    index_path.write_text(json.dumps({"config": index["config"], "docs": []}), encoding="utf-8")
