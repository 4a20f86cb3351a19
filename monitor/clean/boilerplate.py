"""Lines that are page furniture, not statement text, in any page of any government site."""

from __future__ import annotations

import re

__all__ = ["cut_tail", "drop_meta_lines", "drop_pointers", "is_boilerplate_line",
           "remove_submenus"]

# "Executive Offices Show submenu for “Executive Offices””": a menu item and its toggle.
_SUBMENU_ITEM = re.compile(
    r"(?P<item>\b[A-Z][^.\n“”\"]{0,80}?)\s*Show submenu for\s*[“\"](?P=item)[”\"]+\.?"
)
_SUBMENU = re.compile(r"\s*Show submenu for\s*[“\"][^”\"\n]{0,80}[”\"]+\.?")
_LINES = re.compile(
    r"^(?:skip to (?:the )?(?:main )?(?:content|navigation)|skip navigation|back to top|"
    r"top of page|return to top|scroll to top|an official website of the united states government|"
    r"here[’']?s how you know|official websites use \.gov.*|secure \.gov websites use https.*|"
    r"a \.gov website belongs to an official government organization.*|"
    r"a lock \(.*|share(?: this(?: page| article| post)?)?:?|print(?: this page)?|email|"
    r"facebook|twitter|x|linkedin|copy link|tweet|share on \w+|menu|search|close|open menu|"
    r"toggle navigation|main menu|related (?:articles?|content|news|stories|links)|tags?:?|"
    r"you are (?:here|exiting).{0,80}|this page has been archived.{0,80}|"
    r"sign up for .{0,60}|subscribe.{0,40}|follow us.{0,40}|watch:.*|watch live.{0,40}|"
    r"listen:.*|download (?:pdf|the pdf).{0,40}|page last (?:updated|reviewed).{0,60}|"
    r"last updated:?.{0,40}|previous|next|read more|see more|view all.{0,20}|"
    r"this (?:web)?site uses cookies.{0,200}|we use cookies.{0,200}|accept(?: all)?(?: cookies)?|"
    r"manage cookie (?:consent|preferences)|cookie (?:settings|preferences|policy)|"
    # Ad labels, print and comment prompts, "show all" toggles, in the benchmarks' languages.
    r"-?\s*(?:advertisement|anzeige|werbung|publicité|publicidad|pubblicità|reklama)\s*[-:]?|"
    r"(?:print (?:this )?(?:recipe|article)|(?:rezept|artikel|seite) drucken)|"
    r"(?:no comments(?: yet)?|(?:bisher |noch )?keine kommentare(?: vorhanden)?|"
    r"kommentare? schreiben|kommentieren|write a comment)|"
    r"(?:zurück zur startseite|back to (?:the )?home ?page|alle anzeigen|show all)|"
    r"(?:möchten sie (?:den|diesen) artikel teilen\??|artikel teilen)|"
    r"(?:you must be logged in|sie müssen (?:sich )?(?:einloggen|anmelden|angemeldet sein))"
    r"\b.{0,80})$",
    re.IGNORECASE,
)
_MENU_ITEMS = 3
_MENU_ITEM = 30
_MENU_WORDS = 4
# A PHP error printed into the page: "Warning: Creating default object … on line 34".
_SCRIPT_ERROR = re.compile(
    r"^(?:php )?(?:warning|notice|deprecated|fatal error|parse error|strict standards): "
    r".{1,400}? (?:in|on) (?:/\S+|line \d+)", re.IGNORECASE)


def remove_submenus(text: str) -> str:
    """Remove "X Show submenu for “X””" menu items and any stray "Show submenu for" toggles."""
    if "Show submenu" not in text:
        return text
    return _SUBMENU.sub(" ", _SUBMENU_ITEM.sub(" ", text))


def is_boilerplate_line(line: str) -> bool:
    """True for skip links, banners, share prompts, "Back to Top", captions and the like."""
    text = line.strip().strip("|•·").strip()
    if not text:
        return True
    if "Show submenu for" in text and not remove_submenus(text).strip(" .”\""):
        return True
    return bool(_LINES.match(text) or _SCRIPT_ERROR.match(text) or _is_menu_line(text))


def _is_menu_line(text: str) -> bool:
    """"Blog | Campaigns | Contact | About us": three or more short items between bars."""
    items = text.split(" | ")
    return len(items) >= _MENU_ITEMS and all(
        0 < len(item.strip()) <= _MENU_ITEM and len(item.split()) <= _MENU_WORDS
        for item in items)


# Headings that open the page's tail (related links, comments, author notes) rather than
# a part of the statement, in the languages of the benchmark sets and of US sites.
_TAIL = re.compile(
    r"^(?:related(?: (?:articles?|posts?|stories|content|coverage|news|links|topics|reading))?|"
    r"you (?:may|might) also (?:like|be interested in)|explore further|leave a (?:reply|comment)|"
    r"post a comment|about the author|more from .{1,40}|more (?:stories|articles|news)|"
    r"ähnliche (?:beiträge|artikel)|verwandte (?:beiträge|artikel|themen\w*)|mehr zum thema|"
    r"über (?:den autor|die autorin)|zu[rm] (?:autor|autorin)|à propos de l['’]auteur|"
    r"sobre el autor|weiterführende (?:informationen|links?)|weiterführender link|"
    r"das könnte (?:dich|sie) auch interessieren|(?:schreibe|hinterlasse) einen kommentar|"
    r"kommentar schreiben|auch interessant|"
    r"weitere (?:artikel|beiträge|themen|nachrichten)(?: .{1,30})?|"
    r"neueste (?:artikel|beiträge)|"
    r"mehr (?:zu|aus|von) .{1,40}|entdecke weitere .{1,30}|"
    r"articles? similaires|sur le même sujet|artículos relacionados|"
    r"noticias relacionadas|notas relacionadas|más noticias|articoli correlati|"
    r"podobne artykuły)[.:!?]?$",
    re.IGNORECASE,
)


def cut_tail(paragraphs: list[str]) -> list[str]:
    """The paragraphs before a "Related articles"/"Comments" heading in the page's last part."""
    start = max(1, len(paragraphs) // 3)
    for i in range(start, len(paragraphs)):
        text = paragraphs[i]
        if len(text) <= 60 and _TAIL.match(text.strip()):
            return paragraphs[:i]
    return paragraphs


# "Read also: <another story's headline>" set inside a story: a pointer away from it. In
# English only with its colon: "Read more about the permit rules" may open a paragraph.
_POINTER = re.compile(
    r"^(?:(?:read (?:also|more|next)|see also)\s*:|"
    r"(?:lesen sie auch|auch lesen|(?:zum )?weiterlesen|schon gelesen|"
    r"das könnte (?:dich|sie) auch interessieren|(?:à )?lire aussi|"
    r"le puede interesar|lee también|leia também|veja também|zobacz (?:też|także)|"
    r"czytaj (?:też|także|więcej))\b)",
    re.IGNORECASE,
)
_POINTER_MAX = 160


def drop_pointers(paragraphs: list[str]) -> list[str]:
    """The paragraphs less the short "Read also: …" pointers to other stories."""
    return [p for p in paragraphs if len(p) > _POINTER_MAX or not _POINTER.match(p)]


# "Updated: 03.04.2020, 12:00", "Publikacja: 05.05.2021", "Views: 1,204": the page's
# publication record and counters. They are metadata (the date is read apart), and they
# change without the statement changing: in the text, each would be an edit.
_META_LABEL = re.compile(
    r"^(?:(?:first |last |originally )?(?:published|updated|posted|modified|reviewed)(?: on| at)?|"
    r"(?:zuletzt )?(?:veröffentlicht|aktualisiert|publiziert|erstellt|geändert)(?: am| um)?|"
    r"stand|datum|publikacja|aktualizacja|data publikacji|publié(?: le)?|mis à jour(?: le)?|"
    r"publicado(?: el| em)?|actualizado(?: el)?|atualizado(?: em)?|pubblicato(?: il)?|"
    r"aggiornato(?: il)?)\b\s*(?P<colon>:)?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_COUNTER = re.compile(
    r"^(?:(?:views?|hits|reads|aufrufe|zugriffe|gelesen|wyświetle\w*|visite|vues)\s*:?\s*[\d.,\s]+|"
    r"[\d.,\s]+\s*(?:views?|hits|reads|aufrufe|zugriffe|mal gelesen|wyświetle\w*|vues))$",
    re.IGNORECASE,
)
_LETTERS = re.compile(r"[^\W\d_]{2,}")
_META_MAX = 60


def is_meta_line(line: str) -> bool:
    """True for a publication record ("Updated: 03.04.2020, 12:00 Uhr") or a view counter."""
    text = line.strip()
    if len(text) > _META_MAX:
        return False
    if _COUNTER.match(text):
        return True
    found = _META_LABEL.match(text)
    if found is None:
        return False
    rest = found.group("rest").strip(" .,|")
    if not rest:
        return found.group("colon") is not None  # "Aktualisiert:" with its date beside it
    # A date and time, with at most a few words ("March", "at", "Uhr"), not a sentence.
    return any(c.isdigit() for c in rest) and len(_LETTERS.findall(rest)) <= 3


def drop_meta_lines(paragraphs: list[str]) -> list[str]:
    """The paragraphs less publication records and view counters."""
    return [p for p in paragraphs if not is_meta_line(p)]
