"""The extraction rules, by concern. Importing this package registers every rule (kg/extract/registry.py);
the order of the imports is the order the matchers run in."""
from . import clause, lists, nominal, roles, descriptors, places, datelines, purpose, sourcing, speech, repair, ellipsis, address, penalties  # noqa: F401
from . import seats  # noqa: F401  (conll lane)
from . import federal  # noqa: F401  (fed lane)
from . import news  # noqa: F401  (news lane)
from . import bullets  # noqa: F401  (lead: listings one party a line)
from . import carryover  # noqa: F401  (lead: a bare officer title after the company spoke)
from . import funding  # noqa: F401  (lead: funding rounds)
from . import such  # noqa: F401  (lead: 'X is one such company' after a measure on the class)
from . import cotitles  # noqa: F401  (lead: two titles joined before a name)
from . import employers  # noqa: F401  (conll lane: an employer NER missed before a title)
from . import chambers  # noqa: F401  (conll lane: a legislator and the chamber the sentence names)
from . import ownership  # noqa: F401  (shapes lane: ownership as sanctions releases state it)
from . import fronted  # noqa: F401  (kn3 lane: a founding told in an opening participle phrase)
from . import members  # noqa: F401  (fed5: named members in brackets after their country)
from . import proceedings  # noqa: F401  (fed5: orders served, suits against deals, case captions)
from . import entries  # noqa: F401  (fed10: Entity List entries as Federal Register rules word them)
from . import commatitles  # noqa: F401  (fed10: a title between commas after a name, before a body)
