"""Contacts: the department in charge and its posts, from a contact table (``사회적경제지원과 … 담당자`` over
rows of post, phone and name): the head of division (과장), team leader (팀장) and officers, each with the
person holding the post and the phone number.
"""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.passages import Passage
from ingest.records import Entity, EntityKey, Fact, Post, Record

_PHONE = re.compile(r"(?<!\d)(0\d{1,2}-)?\d{3,4}-\d{4}(?!\d)")
_DEPARTMENT = re.compile(r"[가-힣]+(?:과|팀|실|국|단|센터)")
_PERSON = re.compile(r"[가-힣](?:\s?[가-힣]){1,3}")


def make_contacts():
    def contacts(passage: Passage, ctx: Context) -> list[Record]:
        table = passage.table
        if table is None or not any(_PHONE.fullmatch(c) for _, cells in table.rows for c in cells):
            return []
        head = [c for c in table.header if c]
        if not head or not _DEPARTMENT.fullmatch(head[0]) or "담당" not in "".join(head):
            return []
        scope = passage.scope
        code = scope.municipality[1][0] if scope.municipality else "unknown"
        evidence = ctx.evidence(table.header_lines[0])
        department: EntityKey = ("department", (code, head[0]))
        ctx.out.add_entity(Entity(department, "Department", head[0], evidence))
        out: list[Record] = []
        if scope.municipality:
            out.append(Fact(department, "org:unitOf", scope.municipality, evidence))
        for number, cells in table.rows:
            cells = [c for c in cells if c]
            phone = next((c for c in cells if _PHONE.fullmatch(c)), None)
            if phone is None or not cells:
                continue
            label = cells[0]
            role = "team-leader" if label.endswith("팀장") else "head-of-division" if label.endswith("과장") \
                else "officer"
            name = next((c.replace(" ", "") for c in cells if _PERSON.fullmatch(c) and c != label), None)
            row_evidence = ctx.evidence(number)
            person = None
            if name:
                person = ("person", (code, name))
                ctx.out.add_entity(Entity(person, "Person", name, row_evidence))
            out.append(Post(department, label, role, row_evidence, person=person, phone=phone))
        return out

    return contacts
