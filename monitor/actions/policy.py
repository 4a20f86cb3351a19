"""Shapes of a policy changed or a post filled without a measure verb: `POLICY` ("must now",
"will no longer accept", "Under today's rule, exporters must …", flags ordered to half-staff)
and `SERVE` ("will serve as Director", "will chair the Advisory Committee"), with
`not_todays_policy` for the matches that are no measure of today's. Tried by `shapes.shape`."""

from __future__ import annotations

import re

__all__ = ["POLICY", "SERVE", "not_todays_policy"]

POLICY = re.compile(r"(?:^(?:Beginning|Effective|Starting)\b.*\b(?P<verb>must)\b)|"
                     r"\b(?P<verb2>must now|(?:is|are) now required)\b|\b(?:will|shall) no longer "
                     r"(?P<verb3>require|allow|permit|accept|issue|recognize|grant|provide|share|fund|"
                     r"process|offer|exchange|enforce|collect|conduct|honou?r|participate|"
                     r"support|apply|be (?:required|allowed|permitted|eligible|available|accepted|"
                     r"issued|recogni[sz]ed|valid))\b|"
                     r"\b(?i:eligibility|programs?|programmes?|rules?|polic(?:y|ies)|"
                     r"requirements?|orders?|designations?|expansion|access|exemptions?|"
                     r"waivers?|lists?|bans?|restrictions?|sanctions|visas?|guidance|"
                     r"procedures?)\b[^.;]{0,60}?\b(?:will|shall) now (?P<verb4>include|cover|"
                     r"apply to|allow|permit|"
                     r"require|be extended|be expanded|be available)\b|"
                     # what today's rule or proposal requires ("Under today's rule, exporters
                     # must obtain a license", "Under the proposal, advisers would have to …")
                     r"^Under (?:the|this|today['’]s) (?:new |final |interim |proposed |amended |"
                     r"revised )?(?:rule|regulations?|directive|proclamation|executive order|"
                     r"proposal|policy|program|programme|scheme)(?: \([A-Z]+\))?,[^;]{0,120}?"
                     r"\b(?P<verb6>must|shall|(?:is|are|will be|would be) required to|may not|"
                     r"would (?:have to|need to|be barred from)|will (?:now |also )?(?:have to|"
                     r"need to|be able to|be eligible|receive|get))\b|"
                     # a proclamation's flags ("shall be flown at half-staff until sunset")
                     r"\b(?i:flags?)\b[^;]{0,100}?\b(?:shall|will|to|be) (?:be )?"
                     r"(?P<verb5>fly|flown|lowered) at half[- ]staff\b")
SERVE = re.compile(r"\b(?:will|(?:depart\w*|leaving|named|appointed|nominated|selected|"
                   r"chosen|designated|tapped)\b(?:(?!(?:19|20)\d\d)[^.;]){0,60}? to) "
                   r"(?P<verb>serve) as "
                   r"(?:its |the |our )?(?:new |next )?(?:Special|Acting|Ambassador|Chargé|"
                   r"Charge|Coordinator|Envoy|Representative|Senior|Director|Deputy|"
                   r"Assistant|Chief|Head|Administrator|Commissioner|Chair\w*|Inspector|"
                   r"Associate|General Counsel|Principal|Executive|"
                   r"Surgeon General)\b(?! (?!(?:of|for|to|at|in|on|"
                   r"and|until|from|during|while|with|under)\b|d['’])[a-z])|"
                   # "will chair the Advisory Committee", "to head the new Task Force"
                   r"\b(?:will|(?:named|appointed|nominated|selected|chosen|tapped)\b[^.;]{0,60}? "
                   r"to) (?P<verb2>chair|head|co-chair|lead) (?:the |its |our )?(?:new )?"
                   r"(?:[A-Z][\w'’-]+ |of |and |on ){0,6}(?:Committee|Commission|Council|Board|"
                   r"Task Force|Panel|Delegation|Office|Mission|Working Group|Review|Inquiry)\b"
                   r"(?!['’]s| (?:meeting|session|summit|debate|discussion|dinner|event|"
                   r"hearing)s?\b)")

# Flags at half-staff each year, under a code, or asked of others: no order of today's
_STANDING = re.compile(r"\b(?:each|every) year\b|\bannually\b|\b[Uu]nder (?:the )?"
                       r"(?:[A-Z][\w-]* ){0,4}(?:Code|Act|Law)\b")
_PRIVATE_FLAGS = re.compile(r"\b(?:Club|Company|Association|Society|League|University|College|"
                            r"School|Church|Team|Hotel|Inc\.?|Corp\.?|Foundation)['’]s "
                            r"(?i:flags?)\b")
_ASKED = re.compile(r"\b(?:ask(?:s|ed)?|request(?:s|ed)?|urge[sd]?|encourage[sd]?|invite[sd]?|"
                    r"call(?:s|ed)? (?:on|upon))\b[^;.]{0,80}$")
_CONSIDERED = re.compile(r"\b(?:considering|under (?:consideration|review)|being considered|"
                         r"weighing)\b")


def not_todays_policy(sentence: str, match: re.Match[str]) -> bool:
    """Whether a match of `POLICY` is no order of today's: flags at half-staff each year,
    under a code, asked of others or a club's; a proposal still being considered."""
    if match.group("verb5"):
        return bool(_STANDING.search(sentence) or _ASKED.search(sentence, 0, match.start())
                    or _PRIVATE_FLAGS.search(sentence, 0, match.end()))
    return bool(match.group("verb6") and _CONSIDERED.search(sentence))
