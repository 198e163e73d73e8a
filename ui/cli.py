"""``sekg ui``: the explorer on http://127.0.0.1:8501 (Streamlit, in the foreground)."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

APP = Path(__file__).resolve().parent / "app.py"

# Staff get the app, not Streamlit's developer menu and deploy button; no usage statistics leave the machine.
STREAMLIT_FLAGS = ["--server.headless", "true", "--browser.gatherUsageStats", "false",
                   "--client.toolbarMode", "viewer", "--server.fileWatcherType", "none", "--logger.level", "warning"]


def command(*, port: int = 8501, bind: str = "127.0.0.1") -> list[str]:
    """The ``streamlit run`` command line.

    >>> command(port=8600)[1:4], command(port=8600)[5:9]
    (['-m', 'streamlit', 'run'], ['--server.port', '8600', '--server.address', '127.0.0.1'])
    """
    return [sys.executable, "-m", "streamlit", "run", str(APP), "--server.port", str(port),
            "--server.address", bind, *STREAMLIT_FLAGS]


def _run(args: argparse.Namespace) -> int:
    print(f"explorer: http://{args.bind}:{args.port}/  (Ctrl-C stops it)", flush=True)
    try:
        return subprocess.call(command(port=args.port, bind=args.bind), cwd=APP.parents[1], env=os.environ.copy())
    except KeyboardInterrupt:
        return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("ui", help="start the Streamlit explorer",
                                   description="Start the explorer on the store at SEKG_STORE "
                                               "(or SEKG_ENDPOINT) in the foreground.")
    parser.add_argument("--port", type=int, default=8501, help="port (default: 8501)")
    parser.add_argument("--bind", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    parser.set_defaults(run=_run)
