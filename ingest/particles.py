"""Particles after names: where a name's word ends and its particle starts (마을 keeps its 을, 회사가 does not).

Written by hand: Kiwi tags the particles (a Doc's ``tag_at``), and this module reads its tags at a name's end, with
a short list of particles for text a tagger did not see; no library answers "is this the name or its particle".
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

_PARTICLES = ("은", "는", "이", "가", "을", "를", "의", "와", "과", "에", "에서", "으로", "로", "도", "만", "과의", "와의",
              "에게", "까지", "부터", "이며", "이다", "입니다", "이고", "에는", "와는", "간", "내", "등", "및")


def doc_text(doc: Doc) -> str:
    """The Doc's text, kept by the Kiwi tokenizer (``Doc.text`` joins the tokens again on every call)."""
    return doc.user_data.get("text") or doc.text


_HANGUL_RUN = re.compile(r"[가-힣]+")


def particle_follows(text: str, end: int, doc: Doc | None) -> bool:
    if doc is not None:
        tag_at = doc.user_data.get("tag_at")
        if tag_at is None:  # a Doc from another tokenizer
            tag_at = {token.idx: (token.tag_, token.text) for token in doc}
        token = tag_at.get(end)
        if token is not None:
            tag, word = token
            return tag.startswith(("J", "XSN", "E")) or word in ("내", "간", "등")
    rest = _HANGUL_RUN.match(text, end)
    return bool(rest) and rest.group(0) in _PARTICLES


def name_before_particle(text: str, start: int, word: str, doc: Doc | None) -> str:
    """``word`` (at ``start``) up to the particle the tagger sees in it (마을 keeps its 을), else without a
    one-syllable particle."""
    tag_at = doc.user_data.get("tag_at") if doc is not None else None
    if tag_at:
        for offset in range(1, len(word)):
            token = tag_at.get(start + offset)
            if token is not None and token[0].startswith(("J", "E", "XSV", "VCP")):
                return word[:offset]
        return word
    return trim_particles(word)


def trim_particles(name: str) -> str:
    for particle in sorted(_PARTICLES, key=len, reverse=True):
        if name.endswith(particle) and len(name) - len(particle) >= 2 and particle not in ("내", "간", "등", "및") \
                and not (particle == "을" and name.endswith("마을") and not name.endswith("마을을")):  # ㈜귀래송이마을
            # Only one-syllable object/subject/topic particles are safe to cut without a tagger.
            if particle in ("을", "를", "은", "는", "의", "와", "과", "가", "에", "에서", "으로", "로", "이", "도", "이다",
                            "이며", "입니다", "이고"):
                return name[: -len(particle)]
    return name
