"""Reading the phrases around a verb: its auxiliaries, its subject, its object, its agent.

`verb_chain` collects the auxiliaries and adverbs before a verb (contractions of the first
person split in two, infinitives kept only after a decision to act or a meeting held for
it); `subject` finds the noun phrase before them, `is_government` whether it names a
government actor; `object_fits` whether a weak verb's object names a concrete measure;
`agent_of` the government agent of a passive. Used by `grammar` and `shapes`.
"""

from __future__ import annotations

import re

from .lexicon import (
    ADVERBS,
    AUX,
    BOUNDARY,
    CONCRETE_RE,
    DATELINE,
    FIRST_AUX,
    FUNCTION_WORD,
    GOVERNMENT,
    GOVERNORS,
    LEADING,
    MEETING_DATE,
    MONEY_RE,
    NEGATION,
    NOT_ADVERBS,
    NOT_GOVERNMENT,
    OPINION,
    OPINION_WORDS,
    SUBORDINATORS,
    UNSTATED,
    folded,
    holds_any,
)
from .objects import OBJECTS

__all__ = ["CLAUSE_BREAK", "NOT_OURS", "agent_of", "authority_by_name", "ends_with_noun",
           "is_government", "leading_actor", "meeting_dated", "object_fits", "opinion_in",
           "our_document", "private_initials", "reported_subject", "subject", "verb_chain"]


def _is_adverb(word: str) -> bool:
    return word.endswith("ly") and word.islower() and word not in NOT_ADVERBS


# Contracted auxiliaries, as speeches and transcripts write them ("We’ll provide", "we’ve
# added", "we’re announcing"): the subject and the auxiliary as two words
# (only the first person's: "they'll …" in a speech is mostly another government's conduct;
# "we'd …" is a hedge, as "could" is)
_CONTRACTED = re.compile(r"^(we|i)['’](ll|ve|re|d|m)$", re.IGNORECASE)
_EXPANDED = {"ll": "will", "ve": "have", "re": "are", "d": "could", "m": "am"}
# "The mission of the Agency is to provide …", "Our priority is to train …": an aim, not a
# future
_AIM = re.compile(r"\b(?:role|mission|aim|goal|purpose|priority|priorities|task|job|objective|"
                  r"intention|mandate|responsibility|duty|function|challenge|plan|focus|idea|"
                  r"hope|point|answer|solution|step|approach|strategy|policy|vision|work|"
                  r"commitment|ambition|desire|wish|aspiration)s?\b", re.IGNORECASE)
# Verbs that start what the -ing form after them does ("began delivering", "will start
# issuing"): read as the progressive's "is"
_INCEPTIVE = frozenset({"begin", "began", "begun", "begins", "start", "started", "starts"})
# A meeting held to take a measure ("met today in Berlin to launch a new dialogue"): the
# infinitive is the meeting's purpose, taken by those who met
_MET_TO = re.compile(r"\b(?:met|meet|meets|convened|gathered)\b(?! (?:our|its|their|the|this|"
                     r"that|a) (?:commitment|goal|target|pledge|obligation|deadline)s?\b)"
                     r"(?![^,;]*\b(?:to (?!the\b|a\b|an\b|(?-i:[A-Z]))|who|that|which|is|are|was|"
                     r"were)\b)"
                     r"[^,;]{0,120}$", re.IGNORECASE)


def _words_of(before: str) -> list[str]:
    """The words of the text before a verb, contracted auxiliaries split in two."""
    if "'" not in before and "’" not in before:
        return before.split()  # no contraction (most text)
    words: list[str] = []
    for word in before.split():
        contracted = _CONTRACTED.match(word)
        if contracted:
            words += [contracted.group(1), _EXPANDED[contracted.group(2).lower()]]
        else:
            words.append(word)
    return words


_TODAY_PHRASES = frozenset({"this morning", "this afternoon", "this evening", "last night",
                            "earlier today"})


# A clause whose subject says there is none ("Spokesperson: No agreement … was signed",
# "Neither government has …"); not "No later than May 1 the Ministry will …"
_NONE_SUBJECT = re.compile(r"(?:^|[:;—–]\s*|,\s)(?:No|Neither|None of)\s(?!(?:later|sooner|earlier|"
                           r"longer|less|fewer|more)\b)(?!\d)[^,;:]{0,80}$")


def verb_chain(before: str) -> tuple[list[str], str] | str:
    """Auxiliaries and adverbs right before a verb, and the text before them; why if blocked."""
    words = _words_of(before)
    chain: list[str] = []
    i = len(words) - 1
    while i >= 0:
        word = words[i].lower()
        if word.endswith(",") or word.startswith(("“", '"')):
            break
        if word.strip(",") in NEGATION:
            return f"negated or hedged by “{word.strip(',')}”"
        if word in ADVERBS or word in AUX or _is_adverb(words[i]):
            chain.append(word)
        elif i >= 1 and f"{words[i - 1].lower()} {word}" in _TODAY_PHRASES:
            chain.append("today")  # "The Council this morning adopted …"
            i -= 2
            continue
        elif word in _INCEPTIVE and not chain:
            chain.append("is")  # "began delivering": the -ing form's own aspect
        elif word in ("do", "does") and "hereby" in chain:
            chain.append(word)  # "I … do hereby proclaim": a formal act in the present
        elif word == "to":
            j = i - 1
            while j >= 0 and (words[j].lower() in ADVERBS or _is_adverb(words[j])):
                j -= 1
            if j >= 1 and words[j].lower() in ("is", "are"):
                if _AIM.search(" ".join(words[max(0, j - 6):j])):
                    return "“is to …” after an aim or a role: what is meant, not done"
                chain.extend(["to", "will"])  # "Britain is to give £38 million": a future
                i = j - 1
                continue
            if j >= 0 and words[j].lower() not in GOVERNORS:
                head = " ".join(words[:j + 1])
                met = _MET_TO.search(head)
                if met is not None:  # "met today in Berlin to launch …"
                    chain.extend(["to", "met"])
                    i = len(head[:met.start()].split()) - 1
                    continue
            # ("our intention to …", and a nomination's "announced his intent to nominate")
            if (j >= 1 and words[j].lower() in ("intention", "intent")
                    and words[j - 1].lower() not in ("our", "my", "its")
                    and not (j >= 2 and words[j - 1].lower() in ("his", "her")
                             and words[j - 2].lower().startswith("announc"))):
                return "an intention not the speaker's own (“any intention to …”)"
            if j < 0 or words[j].lower() not in GOVERNORS:
                # "urge … to impose", "work to build": not the actor's own measure
                lead = words[j].lower() if j >= 0 else ""
                return f"an infinitive after “{lead}”, not a decision to act" if lead \
                    else "an infinitive without a decision to act"
            chain.extend(["to", words[j].lower()])
            i = j
        elif word == "of" and i >= 2 and " ".join(words[i - 2:i]).lower() == "the process":
            chain.append("process")
            i -= 3  # "is in the process of providing"
            continue
        else:
            break
        i -= 1
    head = " ".join(words[: i + 1])
    if ("No" in head or "Neither" in head) and _NONE_SUBJECT.search(head):
        return "negated by its subject (“No … was signed”, “Neither side has …”)"
    earlier = next((w for w in chain if w in ("previously", "formerly")), None)
    if earlier and not re.search(r"\b(?:which|who|that)$", head):
        return f"history: done before (“{earlier}”)"  # "The FCA has previously fined …"
    return chain, head


def ends_with_noun(text: str) -> bool:
    """Whether text ends in a word that can head a subject ("Treasury", "we", "officials")."""
    text = text.rstrip().rstrip(",")  # "… (HRSA), today", "…, with the states, today"
    last = text.rsplit(None, 1)[-1] if text.strip() else ""
    return bool(last) and not FUNCTION_WORD.search(" " + last) and (
        last[0].isupper() or last.endswith(")") or last.lower() in ("we", "they", "side")
        or GOVERNMENT.search(last) is not None
        or text.lower().endswith(("attorneys general", "central bank", "the department",
                                  " states", "the court")))


# A phrase set off between a subject and its verb ("…, in cooperation with Harbor Toys, today
# announced")
_INSERTED = re.compile(r"(?:through|in (?:cooperation|partnership|coordination|consultation) "
                       r"with|together with|jointly with|with (?:the )?support (?:of|from)|on "
                       r"behalf of|acting through|working with|alongside|along with)\b",
                       re.IGNORECASE)
_LAST_PRONOUN = re.compile(r"^(?i:in|at|with|for|on|under|through|by) [^,;]{1,40}? (we|We|I)$")
# A subject reported by another ("The Agency said Harbor Foods has …"): the one after "said",
# unless it stands for the speaker ("The representative said her delegation had …")
_SAID = re.compile(r"^\S.*?\s(?:said|says|reported|reports)\s+"
                   r"(?!(?:he|she|it|they|his|her|its|their)\b)(?=\S)")


def subject(before: str) -> tuple[str, str]:
    """The noun phrase that ends the text before a verb group, and its apposition if any."""
    text, apposition = before.rstrip(), ""
    if text.endswith(","):  # "Kang, the Senior Official for …, signed"
        text = text[:-1]
        cut = text.rfind(", ")
        text, apposition = (text[:cut], text[cut + 2:]) if cut >= 0 else ("", text)
        if _INSERTED.match(apposition):
            apposition = ""  # "Harbor Pharma, in cooperation with the Ministry, today …"
    boundaries = list(BOUNDARY.finditer(text))
    if boundaries and boundaries[-1].group().strip().lower() in SUBORDINATORS:
        return "", apposition  # "when CAM was terminated": a condition or background
    clause = text[boundaries[-1].end():] if boundaries else text
    found = LEADING.sub("", DATELINE.sub("", clause.strip())).strip()
    if not found and len(boundaries) >= 2 and _INSERTED.match(
            text[boundaries[-2].end():boundaries[-1].start()].strip()):
        # "The Department (HHS), through its Bureau (HRSA), today awarded …": the subject
        # before a phrase set off by commas
        return subject(text[:boundaries[-2].start()])[0], apposition
    if found.split(" ", 1)[0].lower() in SUBORDINATORS:
        return "", apposition  # "When the Agency began funding …": not the main clause
    said = _SAID.match(found)
    if said is not None:
        found = found[said.end():]  # "The Agency said Harbor Foods": Harbor Foods acts
    pronoun = _LAST_PRONOUN.search(found)
    if pronoun is not None:  # "in this budget we": the pronoun after a fronted phrase
        found = pronoun.group(1)
    return found, apposition


def object_fits(base: str, text: str) -> bool:
    """Whether a weak verb's object (or passive subject) names a concrete measure."""
    special = OBJECTS.get(base)
    return (special or CONCRETE_RE).search(text) is not None


# A subject that is an agency's initials alone ("UNHCR", "the WFP", "WHO and its partners"): a
# public body in a government's or an international organisation's statement; not an
# officer's title or a company's form
_INITIALS = re.compile(r"(?:[Tt]he )?(?!(?:CEO|CFO|COO|LLC|INC|PLC|LTD|AG|SA|GMBH|NGO)\b)"
                       r"[A-Z]{2,7}(?: and (?:its|their) partners)?")
# … unless its apposition says it is no public body ("The HTU, the teachers' union, …")
_PRIVATE_APPOSITION = re.compile(r"\b(?:union|party|company|firm|broadcaster|charity|airline|"
                                 r"carrier|insurer|lender|manufacturer|maker|newspaper|NGO|"
                                 r"non-?profit|retailer|club)\b", re.IGNORECASE)


def private_initials(actor: str, apposition: str) -> bool:
    """Whether a subject of initials alone is a private body its apposition names."""
    return bool(_INITIALS.fullmatch(actor) and _PRIVATE_APPOSITION.search(apposition))


def is_government(actor: str) -> bool:
    if _INITIALS.fullmatch(actor):
        return True
    return bool(actor) and not MONEY_RE.search(actor) and len(actor.split()) <= 16 \
        and GOVERNMENT.search(actor) is not None and NOT_GOVERNMENT.search(actor) is None


_BY_AGENT = re.compile(r"\s*(?:(?:on|in) [^;]{3,40}?,\s)?by (?:the )?"
                       r"([^,;]{3,80}?)(?=[,;.]| on | in | to | for |$)")


def agent_of(after: str) -> str | None:
    """The government agent of a passive ("was indicted on May 2, by the Department …")."""
    match = _BY_AGENT.match(after)
    return match.group(1) if match and is_government(match.group(1)) else None


# A clause reporting what its subject did ("the President informed the Governor that he had
# approved …"): "he" stands for that subject
# (not when another reports in between: "the Minister said the owner told her that he …")
_REPORTING = (r"(?:informed|told|notified|assured|advised|announced|said|confirmed|"
              r"stated)\b")
_NOT_REPORTING = r"(?:(?!\b" + _REPORTING + r")[^,;])"
_TOLD_THAT = re.compile(r"(?:^|,\s)(?:[Tt]he\s)?([A-Z]" + _NOT_REPORTING + r"{1,60}?)\s(?:also\s)?"
                        + _REPORTING + r"(?:\s" + _NOT_REPORTING + r"{1,60}?)?\sthat\s(?:he|she)$")


def reported_subject(before: str) -> str | None:
    """The government actor a "he" or "she" ending `before` stands for, when a clause reports
    what that actor did ("the President told the Governor that he …"), if any."""
    told = _TOLD_THAT.search(before)
    return told.group(1) if told is not None and is_government(told.group(1)) else None


def meeting_dated(after: str) -> bool:
    """Whether an agreed meeting states its date: a month or day within the words right
    after the meeting verb, before a purpose ("to review the 2019 roadmap")."""
    window = re.split(r"\bto [a-z]+\b|\bon the\b|\bmade\b", after[:90], maxsplit=1)[0]
    return MEETING_DATE.search(window) is not None


# Measures only a public authority takes: a body named by a name the lexicon does not know
# ("Ofwat has fined …", "Finanstilsynet revoked the licence of …") is one when it takes them
# (not what armed groups, parties, firms or other states also do: "designated couriers",
# "imposed a curfew", "levied taxes", "expelled two members", "vetoed the resolution"; nor a
# body whose name says it is one of those)
_AUTHORITY_ONLY = frozenset({"fine", "revoke", "redesignate", "reimpose", "debar", "indict",
                             "extradite", "enjoin", "override"})
_BODY_NAME = re.compile(r"(?:The )?(?!(?:He|She|It|They|This|That|These|Those)\b)"
                        r"[A-Z][\w'’&.-]*(?: (?:of |for |and |the )*[A-Z][\w'’&.-]*){0,5}"
                        r"(?<!\bLtd)(?<!\bInc)(?<!\bLLC)(?<!\bplc)(?<!\bCorp)(?<!\bGroup)"
                        r"(?<!\bNetwork)(?<!\bFront)(?<!\bArmy)(?<!\bMovement)(?<!\bParty)"
                        r"(?<!\bUnion)(?<!\bCartel)(?<!\bBrigade)(?<!\bBrigades)(?<!\bCompany)(?<!\bBank)")
# Names of private bodies that fine or expel their members ("The Harbor Football League",
# "the Stock Exchange", "a Kennel Club", "Tavro Holdings"): not a body of `_BODY_NAME`
_PRIVATE_BODY = re.compile(r"\b(?:League|Club|Association|Exchange|Holdings)$")


def authority_by_name(base: str, *names: str) -> bool:
    """Whether one of `names` (a subject, its apposition), a body's name the lexicon does not
    know and no private body's ("… League"), acts as a public authority with the verb `base`
    (`_AUTHORITY_ONLY`)."""
    return base in _AUTHORITY_ONLY and any(
        name and _BODY_NAME.fullmatch(name) is not None and not _PRIVATE_BODY.search(name)
        for name in names)


# Clauses of a sentence, for the opinion that governs the last one before a verb
CLAUSE_BREAK = re.compile(r"[;,]\s")


def opinion_in(text: str) -> re.Match[str] | None:
    """The first OPINION in `text` (its words sought first: most text holds none)."""
    return OPINION.search(text) if holds_any(folded(text), OPINION_WORDS) else None


# Owners whose measures are not a government's: a regime, armed groups (NOT_OURS), or a body
# of civil society
NOT_OURS = re.compile(r"\b(?:regime|junta|militants?|rebels?|Taliban)\b", re.IGNORECASE)
_NGO = re.compile(r"\b(?:International|Watch|Institute|University|Foundation|Amnesty|Center|"
                  r"Centre|Council on|Association|Society)\b")


def our_document(before: str) -> bool:
    """Whether what was "released today" is our government's: the sentence opens with it (no
    opinion, no "according to"), its owner is a government, not an NGO or a regime."""
    return (re.match(r"(?:According|We|I|Our concern)\b", before) is None
            and OPINION.search(before) is None and _NGO.search(before) is None
            and NOT_OURS.search(before) is None and GOVERNMENT.search(before) is not None)


def leading_actor(sentence: str) -> str:
    """The government subject of a sentence's first verb group, else UNSTATED."""
    verb = FIRST_AUX.search(sentence)
    actor = subject(sentence[: verb.start()])[0] if verb else ""
    return actor if is_government(actor) else UNSTATED
