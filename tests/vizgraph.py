"""A small hand-made graph for the view's tests: a hub, merged readings from several articles
and sources, dates across years, an alias, a Wikidata link, and hostile text in a name, a
sentence, an article title and a URL."""
from __future__ import annotations

EX = "http://example.org/kg/"
TITLE = "kg test graph"
HOSTILE_NAME = "<img src=x onerror=alert(1)>"
HOSTILE_SENTENCE = "Deal done </script><script>alert(2)</script> today."

NODES = [
    {"id": EX + "nvidia", "label": "Nvidia", "type": "Company"},
    {"id": EX + "bis", "label": "Bureau of Industry and Security", "type": "GovernmentBody"},
    {"id": EX + "china", "label": "China", "type": "Country"},
    {"id": EX + "huawei", "label": "Huawei", "type": "Company", "aliases": ["Huawei Technologies", "Huawei"],
     "wikidata": "http://www.wikidata.org/entity/Q160120"},
    {"id": EX + "evil", "label": HOSTILE_NAME, "type": "SomethingUnknown"},
]


def _reading(s, p, o, sentence, article, *, conf=0.8, date="", adate="", source="", url="", aid=None):
    return {"source": EX + s, "target": EX + o, "predicate": p, "sentence": sentence, "article": article,
            "article_id": aid or article, "article_date": adate, "date": date or adate, "source_name": source,
            "url": url, "confidence": conf}


EDGES = [
    _reading("bis", "restricts", "nvidia", "BIS restricts Nvidia exports, report 0.", "Chip curbs 0",
             conf=0.6, adate="2022-10-07", source="Reuters", url="https://example.org/a0"),
    # the same reading seen twice in one article counts once
    _reading("bis", "restricts", "nvidia", "BIS restricts Nvidia exports, report 0.", "Chip curbs 0",
             conf=0.5, adate="2022-10-07", source="Reuters", url="https://example.org/a0"),
    _reading("bis", "restricts", "nvidia", "BIS restricts Nvidia exports, report 1.", "Chip curbs 1",
             conf=0.7, adate="2023-01-02", source="AP"),
    _reading("bis", "restricts", "nvidia", "BIS restricts Nvidia exports, report 2.", "Chip curbs 2",
             conf=0.9, date="2023-10-17", adate="2023-10-18", source="Reuters", url="https://example.org/a2"),
    _reading("nvidia", "exportsTo", "china", "Nvidia sells H20 chips to China.", "H20 sales",
             adate="2024-01-05", source="Xinhua", url="javascript:alert(3)"),
    _reading("nvidia", "partnersWith", "huawei", "Nvidia and Huawei agreed to cooperate.", "Old ties",
             adate="2019-05-01", source="AP"),
    _reading("evil", "sues", "huawei", HOSTILE_SENTENCE, "A & B <news>", conf=0.9, adate="2024-06-01",
             source="<b>wire</b>"),
    _reading("china", "dangling", "nowhere", "Skipped.", "x"),
]
