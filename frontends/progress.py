"""Terminal progress bars for long steps (ingest, eval), shared by the CLI and the web app's start-up.

Example:
    >>> progress = progress_bar("ingest")
    >>> progress("embed", 3, 10)   # stage, done, total
"""
from __future__ import annotations

import sys

from tqdm import tqdm


def progress_bar(desc: str):
    """A `progress(stage, done, total)` callback drawing one tqdm bar per stage on stderr."""
    bars: dict[str, tqdm] = {}

    def progress(stage: str, done: int, total: int) -> None:
        if stage not in bars:
            bars[stage] = tqdm(total=total, desc=f"{desc} {stage}", unit="chunk", file=sys.stderr, leave=False)
        bar = bars[stage]
        bar.update(done - bar.n)
        if done >= total:
            bar.close()
    return progress
