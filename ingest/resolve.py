"""Entity resolution: one key per real-world organization across mentions and documents.

A mention's key is its name without legal-form markers, spaces and quotes
(국제통신공업(주) = 국제통신공업㈜ = 국제통신공업), then looked up in the curated
alias table (희망케어센터 → 남양주시희망케어센터, K-water → 한국수자원공사).
Every decision is returned so the build report can show it.

>>> from ingest.lexicon import load_lexicon
>>> resolver = Resolver(load_lexicon())
>>> resolver.organization("국제통신공업㈜").key, resolver.organization("국제통신공업(주)").key
('국제통신공업', '국제통신공업')
>>> resolver.organization("K-water").key
'한국수자원공사'
>>> resolver.organization("주식회사 희망키움터").key, resolver.organization("㈜희망키움터").rule
('희망키움터', 'legal-form')
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ingest.lexicon import KnownOrganization, Lexicon

_LEGAL = re.compile(r"\((?:주|유|사|재|합)\)|㈜|주식회사|유한회사|사단법인|재단법인|농업회사법인|합자회사")
_ENCLOSED = re.compile(r"[\u3200-\u321e]")
_NOISE = re.compile(r"[\s\"'“”‘’「」『』<>]")


@dataclass(frozen=True)
class Resolution:
    mention: str
    key: str
    rule: str  # exact, alias, legal-form, city-prefix, new
    known: KnownOrganization | None


def organization_key(name: str) -> str:
    """
    >>> organization_key(" (유)알콩달콩가게 "), organization_key("통 주식회사"), organization_key("㈔햇살나눔터")
    ('알콩달콩가게', '통', '햇살나눔터')
    """
    # ㈜ ㈔ ㈲ …: one character each for (주) (사) (유); NFKC spells them out.
    name = _ENCLOSED.sub(lambda m: unicodedata.normalize("NFKC", m.group()), unicodedata.normalize("NFC", name))
    return _NOISE.sub("", _LEGAL.sub("", name))


class Resolver:
    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._by_key: dict[str, KnownOrganization] = {}
        for name, org in lexicon.organization_by_name.items():
            self._by_key.setdefault(organization_key(name), org)

    def organization(self, mention: str, *, municipality_name: str | None = None) -> Resolution:
        lex = self.lexicon
        if mention in lex.organization_by_name:
            org = lex.organization_by_name[mention]
            rule = "exact" if mention == org.name else "alias"
            return Resolution(mention, org.key, rule, org)
        key = organization_key(mention)
        if key in self._by_key:
            return Resolution(mention, self._by_key[key].key, "alias", self._by_key[key])
        # 남양주희망케어센터 written without 시, or with the city glued to a known name.
        if municipality_name:
            stem = municipality_name[:-1] if municipality_name.endswith(("시", "군", "구")) else municipality_name
            for prefix in (municipality_name, stem):
                if key.startswith(prefix) and key[len(prefix):] in self._by_key:
                    org = self._by_key[key[len(prefix):]]
                    return Resolution(mention, org.key, "city-prefix", org)
                if prefix + key in self._by_key:
                    org = self._by_key[prefix + key]
                    return Resolution(mention, org.key, "city-prefix", org)
        rule = "legal-form" if key != _NOISE.sub("", mention) else "new"
        return Resolution(mention, key, rule, None)
