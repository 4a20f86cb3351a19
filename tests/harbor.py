"""The harbor office: a made-up host whose pages share one frame (fixtures/clean/template),
for the tests of per-host templates."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

__all__ = ["FRAME", "FRAME_LINES", "HOST", "STATEMENTS", "T0", "render", "url"]

FRAME = (Path(__file__).resolve().parents[1] / "fixtures" / "clean" / "template"
         / "frame.html").read_text(encoding="utf-8")
HOST = "https://harbor.example.org"
T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
FRAME_LINES = [
    "Office of the Harbormaster, Port of Lantern Bay", "Harbormaster statement",
    "The following statement was released by the Office of the Harbormaster today.",
    "For questions about this statement, write to the harbor press desk at the quay office.",
    "Lantern Bay harbor office hours", "Port of Lantern Bay, 1 Quay Street",
]
STATEMENTS = [
    ("Dredging of the north channel",
     ["The Harbormaster has ordered the dredging of the north channel to twelve meters before "
      "the spring shipping season begins.",
      "Vessels above nine meters of draft will be routed through the south channel until the "
      "work is finished and the new depth has been surveyed."]),
    ("New pilot boarding area",
     ["A new pilot boarding area opens two miles west of the breakwater on the first of March.",
      "Masters must call the pilot station one hour before arrival and keep a lee for the "
      "pilot boat while the pilot boards."]),
    ("Fuel spill drill on the east quay",
     ["Harbor crews will hold a fuel spill drill on the east quay on Thursday morning.",
      "Booms will close berths four to seven for three hours, and traffic on the quay road "
      "will be stopped while the drill runs."]),
    ("Winter berth fees frozen",
     ["The Harbor Board voted to keep winter berth fees at last year's level for fishing "
      "vessels registered in Lantern Bay.",
      "The board will review the fees again in June, after the spring landings are counted."]),
    ("Lighthouse keepers' cottage reopens",
     ["The restored keepers' cottage at Lantern Point reopens to visitors on Saturday.",
      "Guided walks to the light leave the cottage every hour from ten until four, weather "
      "permitting."]),
]


def render(title: str, sentences: list[str]) -> str:
    body = "".join(f"<p>{s}</p>" for s in sentences)
    return FRAME.replace("{title}", title).replace("{body}", body)


def url(i: int) -> str:
    return f"{HOST}/statements/{i}/"
