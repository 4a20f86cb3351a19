"""Shapes of agreements: a decision governments agreed (`AGREED`, and `AGREED_MEETING` for a
next meeting, a measure only with its date), a treaty, agreement or law taking effect
(`IN_FORCE`, `IN_FORCE_VERB`, `FOREIGN_OWNER` for whose law it is; `in_force`, the verb of
one of ours) and a signing's stage direction in a transcript (`SIGNED_HERE`). Used by
`shapes.shape`; `unnamed_kind` (a law,
bill, agreement or decree the statement has not named before) by `rules.verdicts`."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .lexicon import MONTH, OPINION

__all__ = ["AGREED", "AGREED_MEETING", "FOREIGN_OWNER", "IN_FORCE", "IN_FORCE_VERB",
           "SIGNED_HERE", "in_force", "unnamed_kind"]

# A decision agreed by governments ("The two delegations agreed to meet again in …").
AGREED = re.compile(
    # an instrument agreed ("Today, Ministers agreed the NATO Readiness Initiative")
    r"\b(?P<verb2>agreed)(?: today| also| unanimously| formally| jointly)?"
    r"(?! the (?:\w+ ){0,2}(?:importance|need|value|necessity|benefits?|merits?)\b)"
    r" (?:a |an |the |new |"
    r"its |their )(?:new |additional |joint |revised )*(?:[\w-]+ ){0,4}?(?:Initiative|Plan|"
    r"Package|Framework|Strategy|Declaration|Roadmap|Budget|Mandate|Programme|Conclusions|"
    r"Regulation|Directive|Charter|Communiqu\w+|Action Plan)\b|"
    r"\b(?P<verb>agreed|decided|resolved)(?: today| also| unanimously| formally|"
                    r" jointly)?(?:,? in principle,?|"
                    # an aside, not a date, a source or a contrast ("agreed, in 2015, to")
                    r", (?![^,;]*\b(?:(?:19|20)\d\d|ago|under|according|as part of|however|"
                    r"but)\b)[^,;]{3,60},)? (?:to|that|on)\b"
                    r"(?! continue| the sharing| exchang| shar| they would hold"
                    r"| (?:remain|stay|keep) in (?:close |regular |constant )?(?:contact|touch)"
                    # to keep talking or to work together is no measure ("agreed to speak
                    # again soon", "to work even more closely together", "to work towards …")
                    r"| (?:speak|talk) (?:again|soon|regularly|often)"
                    r"| work (?:even |much )?(?:more )?(?:closely|together|towards?|for)\b"
                    # (unless a concrete purpose or a dated target follows: "to fight
                    # wildlife trafficking", "… by the end of 2022")
                    r"(?![^;]{0,80}?\bto (?!(?:strengthen|deepen|enhance|promote|advance|address|"
                    r"tackle|ensure|support|explore|consider|find|achieve|build (?:a |an )?"
                    r"(?:better|stronger|closer))\b)[a-z]+\b|[^;]{0,80}?\bby (?:the end of |early |"
                    r"mid-|late )?(?:" + MONTH + r"|(?:19|20)\d\d)\b)"
                    # a shared position ("agreed that Corvania must withdraw"), a promise to
                    # keep talking ("agreed that their officials would remain in touch")
                    # (unless dated: "agreed that all forces should leave by December 31")
                    r"|(?<=that) (?![^;]{0,120}\b(?:by|no later than|before|until|within|"
                    r"for a further)\b)[^;]{0,100}?\b(?:must|should|needs? to|has to|have to|"
                    r"ought to)\b"
                    r"|(?<=that) [^;]{0,80}?\b(?:remain|stay|keep) in (?:close |regular |"
                    r"constant )?(?:contact|touch)"
                    # a view shared ("agreed that corruption undermines investment"): a clause
                    # with no "will", "would", "shall", "should", "must" or date
                    r"|(?<=that) (?![^;]*\b(?:will|would|shall|should|must|needs? to|by|before|"
                    r"within|no later than|may|can|until|from|for (?:a further|up to))\b)"
                    r"|(?<=that) [^;]{0,60}?\bwill (?:remain|be|continue to be) (?:a|an|the) "
                    r"(?:\w+ )?(?:pillar|priority|cornerstone|foundation|key|central|important)"
                    # working more closely is no measure ("agreed to strengthen cooperation")
                    r"|(?<=to) (?:further |jointly )?(?:strengthen|deepen|enhance|expand|boost|"
                    r"advance|promote|intensify|bolster|broaden|step up)\b[^;]{0,40}?\b(?:"
                    r"cooperation|ties|relations|relationship|partnership|collaboration|dialogue|"
                    r"engagement|coordination)\b"
                    r"| the (?:\w+ ){0,2}(?:importance|need|value|necessity|benefits?|merits?)\b"
                    # to weigh a step, or to press others, is not to take one
                    r"|(?: (?:\w+ly|further|jointly|together|work(?:ing)? together to|"
                    r"[^,;]{1,40}? (?:would|will|should)))* (?:explore|consider|study|examine|"
                    r"look (?:into|for|at)|seek|identify|find ways|discuss|assess|review|"
                    r"encourage|urge|call (?:on|for)|press|ask|prepare)\b)"
                    # a view that stays ("decided that the Mission's priorities would remain")
                    r"(?!(?<=that) [^;]{0,80}?\bwould (?:remain|continue)\b(?! in (?:force|"
                    r"place)| for a further| until))")
# A treaty, agreement or law taking effect ("The Agreement … will enter into force on …").
IN_FORCE = re.compile(r"\b(?i:agreement|treaty|convention|accord|protocol|amendment|"
                      r"charter|law|rule|regulation|arrangement|order|decree|proclamation|"
                      r"directive|ban|restriction|measure|sanction|designation|tariff|"
                      r"withdrawal|suspension|listing|removal|exemption|waiver)s?\b|\bAct\b")
IN_FORCE_VERB = re.compile(r"[^;,]{0,120}?\b(?P<verb>(?:will|shall) (?:enter|come|go) into "
                           r"(?:force|effect)|(?:enters|goes) into (?:force|effect)|"
                           r"(?:has|have) (?:entered|come|gone) into (?:force|effect)|"
                           r"(?:entered|came|went) into (?:force|effect)(?= today| on (?:this|"
                           r"today)|\s*[.;])|will take effect|takes effect|"
                           # ("These sanctions take effect today"; not "would take effect")
                           r"(?<!\bto )(?<!\bnot )(?<!would )(?<!could )(?<!\bmay )(?<!might )"
                           r"(?<!should )(?<!\bcan )take effect)\b")
# Who owns a law taking effect: a foreign or condemned one is not the statement's measure
# ("Corvania's new law", "the regime's decree", "the DPRK's … Law", "The Corvanian law"); our
# own agencies' rules are ("Treasury's final rule", "The Department's new visa rule")
FOREIGN_OWNER = re.compile(
    r"(?:\b(?:regime|junta)['’]s|\b(?!(?:Treasury|Commerce|Department|Administration|America|"
    r"President|Secretary|Agency|Bureau|Congress|State|Justice|Labor|Energy|Agriculture|"
    r"Commission|Office|Board|Service|USAID|FDA|EPA|DHS|DOJ|USDA|FTC|SEC|FCC|OFAC|BIS|"
    r"United States|U\.S)['’]s?\b)(?:[A-Z][a-z]+|[A-Z]{2,6})['’]s|"
    r"\b(?!American\b|These\b)[A-Z][a-z]+(?:ian|ean|an|ese|ish|i)\b)\s+(?:[\w-]+\s+){0,6}$")
# A transcript's stage direction at a signing ("(The bill is signed.)", "(Applause.)" is not)
SIGNED_HERE = re.compile(r"^\((?:The|An?) [\w' -]{0,40}?\b(?i:bill|order|proclamation|"
                         r"memorand(?:um|a)|agreement|treaty|accord|convention|protocol|declaration|act|law|"
                         r"charter|compact|instruments?|notes|letters|documents|MOU|framework)s?"
                         r"(?: of (?:understanding|ratification|intent))? "
                         r"(?:is|are|was|were) (?P<verb>signed|initial(?:l)?ed|ratified|"
                         r"exchanged)\.?\)\.?$")
# A next meeting agreed is a measure only with its date ("agreed to meet again in October";
# not "agreed to meet in the coming months" nor "… to review the 2019 roadmap").
AGREED_MEETING = re.compile(r"\b(?:agreed|decided)(?:,? in principle,?|, [^,;]{3,60},)? to "
                            r"(?:meet|reconvene|hold|convene)\b")


# A law, bill, agreement or decree named by its kind ("The law requires …"): today's measure
# restated only when the statement has named one of that kind before; otherwise a standing
# instrument, background ("issued new rules on drones. The law requires all drones …")
_KIND_NAMED = re.compile(r"^(?:(?:Additionally|Also|In addition|Further|Furthermore|Moreover),? )?"
                         r"(?:[Tt]he|[Tt]his) (?:new |additional |updated |amended |final |"
                         r"interim |proposed )*(law|bill|agreement|decree)s? ", re.IGNORECASE)
_KIND_BEFORE = {
    "law": re.compile(r"\b(?:[Ll]aws?|Acts?|[Bb]ills?|[Ll]egislation|[Ss]tatutes?|Code)\b"),
    "bill": re.compile(r"\b(?:[Bb]ills?|Acts?|[Ll]aws?|[Ll]egislation)\b"),
    "agreement": re.compile(r"\b(?:agreements?|accords?|treat(?:y|ies)|deals?|memorand\w+|"
                            r"MOU|pacts?|arrangements?|agreed)\b", re.I),
    "decree": re.compile(r"\b(?:decrees?|decreed|orders?|ordinances?)\b", re.I),
}


def unnamed_kind(sentence: str, before: Sequence[str]) -> str:
    """The kind of instrument a sentence names ("The law requires …") when the sentences
    before name none of that kind ("" otherwise)."""
    kind = _KIND_NAMED.match(sentence)
    name = kind.group(1).lower() if kind is not None else ""
    return name if name and not _KIND_BEFORE[name].search(" ".join(before)) else ""


def in_force(sentence: str) -> re.Match[str] | None:
    """The verb of an instrument taking effect ("The Agreement … will enter into force"), when
    the instrument is not a foreign or condemned one and no opinion or demand frames it."""
    for noun in IN_FORCE.finditer(sentence):
        verb = IN_FORCE_VERB.match(sentence, noun.end())
        if verb is None:
            continue
        before = sentence[:noun.start()]
        if OPINION.search(before) or FOREIGN_OWNER.search(before) or re.search(
                r"\b(?:an?|any|each|every) (?:[\w-]+ ){0,2}$", before) or re.match(
                r"\s+of (?:the )?(?!American\b)[A-Z][a-z]+(?:ian|ean|an|ese|ish|i) "
                r"(?:troops|forces|soldiers|units)\b", sentence[noun.end():]) or re.match(
                r"(?:If|Unless|Once|Should|Were)\b", before) or re.search(
                r"\b(?:before|until|unless|if|once|after|only|upon)\b",
                sentence[noun.end():verb.end()]):
            # ("a listing takes effect on publication": any listing, no measure of today's;
            # "the withdrawal of Corvanian troops": a foreign owner after the noun)
            return None  # "concerned by Corvania's new law, which takes effect", "before it …"
        if verb.group("verb") == "take effect" and not re.search(
                r"\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Tt]his|[Tt]oday['’]s|[Oo]ur|[Ii]ts|[Tt]heir) "
                r"(?:[\w-]+ ){0,3}$", before):
            continue  # "Emergency orders take effect immediately": how such orders work
        if re.match(r"(?:entered|came|went|has|have)\b", verb.group("verb")) and re.search(
                r"\b(?:(?:19|20)\d\d|ago|since|anniversary)\b", sentence):
            return None  # "entered into force on this day in 1997": history
        return verb
    return None
