"""A client that speaks to a Streamlit server the way the browser does, without rendering anything.

Streamlit's browser client opens one websocket at ``/_stcore/stream`` (subprotocol ``streamlit``) and sends a
``BackMsg`` with ``rerun_script`` (the URL's page name and query string) each time the user opens a view; the
server runs the page's script and streams ``ForwardMsg``s back (``new_session``, ``delta`` per element,
``script_finished``). This module sends the same messages, built with Streamlit's own protobuf classes
(``streamlit.proto``) over the ``websockets`` library that Streamlit itself depends on: a load test then loads
the server and its query workers, not a browser's layout and painting on the test machine's cores.

Written here because no kept library drives a Streamlit server over its protocol (``AppTest`` runs the script
in the test's own process, with no server and no websocket).
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from websockets.asyncio.client import ClientConnection, connect


@dataclass
class View:
    """What one run of a page sent back: its elements, their bytes, and how it ended."""

    page: str
    query: str
    seconds: float = 0.0
    elements: dict[str, int] = field(default_factory=dict)
    content: bytes = b""
    exceptions: list[str] = field(default_factory=list)
    page_not_found: bool = False

    def shows(self, text: str) -> bool:
        """Whether the page's elements carry ``text`` (markdown, headings and table cells are UTF-8 inside)."""
        return text.encode("utf-8") in self.content


class StreamlitSession:
    """One browser session (one tab) on a Streamlit server at ``url``, as an async context manager.

    ``await session.open("queries", "query=partners")`` opens a view in this session, as clicking a link in
    the app does, and returns once the server says the page's script has finished.
    """

    def __init__(self, url: str, *, timeout: float = 120.0) -> None:
        self.stream_url = url.replace("http", "ws", 1).rstrip("/") + "/_stcore/stream"
        self.timeout = timeout
        self._socket: ClientConnection | None = None

    async def __aenter__(self) -> StreamlitSession:
        self._socket = await connect(self.stream_url, subprotocols=["streamlit"], max_size=None,
                                     open_timeout=self.timeout)
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        if self._socket is not None:
            await self._socket.close()

    async def open(self, page: str, query: str = "") -> View:
        """Run ``page`` with the URL query ``query`` (without ``?``) and collect what it shows."""
        assert self._socket is not None, "use the session as `async with StreamlitSession(url) as session`"
        request = BackMsg()
        request.rerun_script.page_name = page
        request.rerun_script.page_script_hash = ""
        request.rerun_script.query_string = query
        view = View(page, query)
        began = time.monotonic()
        await self._socket.send(request.SerializeToString())
        async with asyncio.timeout(self.timeout):
            while True:
                message = ForwardMsg()
                message.ParseFromString(await self._socket.recv())
                kind = message.WhichOneof("type")
                if kind == "delta" and message.delta.WhichOneof("type") == "new_element":
                    element = message.delta.new_element
                    name = element.WhichOneof("type")
                    view.elements[name] = view.elements.get(name, 0) + 1
                    view.content += message.delta.SerializeToString()
                    if name == "exception":
                        view.exceptions.append(f"{element.exception.type}: {element.exception.message}"[:500])
                elif kind == "page_not_found":
                    view.page_not_found = True
                elif kind == "script_finished" and message.script_finished != ForwardMsg.FINISHED_EARLY_FOR_RERUN:
                    break
        view.seconds = time.monotonic() - began
        return view
