"""The report's shape (contract v1, ``docs/report.md``) for type checkers and editors: the
dicts :func:`communique.analyze` returns are these, as the JSON reads."""

import sys
from typing import List, Literal, Optional, TypedDict

if sys.version_info >= (3, 11):
    from typing import NotRequired
else:  # the older Pythons the wheel also serves
    from typing_extensions import NotRequired

ActorKind = Literal["country", "person", "organization", "armed_group"]
Category = Literal[
    "ceasefire",
    "counterterrorism",
    "justice",
    "negotiation",
    "humanitarian",
    "sanctions",
    "cooperation",
    "other",
]
List_ = Literal["UN", "US", "UK", "EU", "IN"]


class Span(TypedDict):
    """UTF-8 byte offsets into the analysed text, and the text between them."""

    start: int
    end: int
    text: str


class Meta(TypedDict):
    """The headline, the publication date found in the text (YYYY-MM-DD), and sizes."""

    title: Optional[str]
    date: Optional[str]
    chars: int
    words: int
    sentences: int


class Actor(TypedDict):
    """A party that acts or is acted on; ``affiliation`` and ``group`` are ids."""

    id: str
    name: str
    kind: ActorKind
    aliases: List[str]
    role: Optional[str]
    affiliation: Optional[str]
    group: Optional[str]
    mentions: List[Span]


class Group(TypedDict):
    """A terror group, every spelling merged, with the designation lists it is on."""

    id: str
    name: str
    aliases: List[str]
    lists: List[List_]
    mentions: List[Span]


class Demand(TypedDict):
    """Who (actor ids) asks whom to do what, against which groups, and the sentence."""

    id: str
    speakers: List[str]
    addressees: List[str]
    groups: List[str]
    verb: str
    text: str
    category: Category
    quoted: bool
    cameo: Optional[str]
    sentence: Span


class Report(TypedDict):
    """One article's report. ``text`` is there only when the analysed text differs from the
    input (HTML reduced, another encoding decoded): offsets index it then."""

    version: int
    source: Optional[str]
    text: NotRequired[str]
    meta: Meta
    actors: List[Actor]
    groups: List[Group]
    demands: List[Demand]
