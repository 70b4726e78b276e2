"""noticeqa entry point: `python app.py [serve|ingest|ask|draft|ledger|eval] ...` (see README)."""
import sys

from frontends.cli import main

if __name__ == "__main__":
    sys.exit(main())
