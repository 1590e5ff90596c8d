"""What the corpus's knowledge files may say: response cues (responses.yaml), incident evidence
(incidents.yaml) and intensity weights (intensity.yaml). Unknown keys are errors, as everywhere."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, Field, StrictFloat, StrictInt

from .schemas import ActorKind, PloverType, Strict, Words


def _lower(words: list[str]) -> list[str]:
    if any(w != w.lower() or not w.strip() for w in words):
        raise ValueError("cue phrases are written in lower case and are not empty")
    return words


Cues = Annotated[Words, AfterValidator(_lower)]


class Responses(Strict):
    """responses.yaml: the words by which a text says that one act answers another."""

    forward: Cues                 # the answered act is named after the cue ("in retaliation for the killing")
    backward: Cues                # the answered act was told before ("struck back", "in return")
    answer_nouns: Cues            # "Tehran's reply", "Pakistan's response": the possessor answers what came before
    acts: dict[PloverType, Cues]  # words naming an answered act, by PLOVER type
    hostile_cues: Cues            # cues whose answered act, when their words name none, is one of hostile_acts
    hostile_acts: list[PloverType]
    hostile_answers: list[PloverType]  # what a cue of force can make an answer: acts and threats, not charges
    manner: Cues                  # words after which a cue's phrase tells how the answer was made
    irrealis: Cues                # words near a cue that make the answer hypothetical
    possessives: Cues             # "its response to ...": the noun is the answer, not an act told before it
    answers: dict[PloverType, list[PloverType]] = Field(default_factory=dict)  # answer type → types it answers
    unspecific: Cues = Field(default_factory=list)  # words opening a phrase that names any act to come ("any")
    background: Cues = Field(default_factory=list)  # words opening a phrase that tells the answered act ("after")
    infer_days: StrictInt = Field(ge=0)    # how far back an inferred link may reach (0: no inferred links)
    infer_confidence: float = Field(ge=0, le=1)  # the confidence of an inferred link to the day before
    phrase_words: StrictInt = Field(ge=1)  # how many words after a forward cue may name the answered act
    window_days: StrictInt = Field(ge=1)   # how long before its answer an answered act may lie


class Points(Strict):
    """What each kind of agreement between two reports weighs (a disagreement weighs less than nothing)."""

    actor_strict: float           # the same actor by id or name
    actor_loose: float            # an actor of the same country
    actor_conflict: float         # two different known actors
    same_day: float               # the same first day (one day apart is allowed, and weighs nothing)
    place: float                  # the same place (or one inside the other's name)
    country_conflict: float       # two different countries where neither names a place they share
    toll_equal: float             # the same killed (or wounded) count
    toll_close: float             # counts that two reports of one toll may give ("25", "at least 24")
    toll_conflict: float          # counts too far apart for one toll
    mode_equal: float
    trigger_equal: float          # the same trigger word ("fired", "fire")
    mode_conflict: float
    shared_word: float            # each content word both evidence texts hold
    shared_words_max: float
    place_told: float = 0.0       # one report gives no place and its evidence names the other's
    one_death: float = 8.0        # two reports of one named person's death (above any threshold: a person dies once)


class Incidents(Strict):
    """incidents.yaml: what counts as agreement between two reports of one happening."""

    stop_words: Cues              # words two evidence texts share without that telling anything
    points: Points
    kin: list[list[ActorKind]]    # kinds that may name one actor in two reports (a state and its leader)
    threshold: StrictFloat        # the weight two reports need to be one happening
    undated_threshold: StrictFloat  # the same when either report has no date
    window_days: StrictInt = Field(ge=0)  # how far apart two reports' days may be and still be compared
    death_triggers: Cues = Field(default_factory=list)  # words telling that the target was killed
    mortal_kinds: list[ActorKind] = Field(default_factory=list)  # kinds of actor that die once (a person)
    organs: list[ActorKind] = Field(default_factory=list)  # kinds a state acts through, named for the state itself
    mode_kin: list[list[str]] = Field(default_factory=list)  # modes two reports of one act may both give
    statement_types: list[PloverType] = Field(default_factory=list)  # said, not done: nothing to compare but who


class Intensity(Strict):
    """intensity.yaml: how hostile (negative) or cooperative (positive) each PLOVER type and mode is."""

    types: dict[PloverType, float]
    modes: dict[PloverType, dict[str, float]] = Field(default_factory=dict)  # a mode's weight replaces its type's
