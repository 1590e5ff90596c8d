"""Which tokens are a candidate's source and target: read off the dependency parse around the trigger
(subjects, objects, agents, "between", possessives, light verbs that host an event noun)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from spacy.tokens import Token

from ..grammar import (
    OBJECT_DEPS,
    TARGET_PREPS,
    agent_of,
    aimed_at,
    bare_participle,
    between,
    characterisation,
    dative_of,
    described,
    faced,
    first_conjunct,
    in_one_name,
    infinitive,
    innermost_xcomp,
    is_handle,
    labelled_object,
    means_target,
    mutual_roles,
    object_gap,
    objects_of,
    own_act_aimed_at,
    paired_sides,
    partner_of,
    phrase_object,
    pobj_of,
    prep_act_roles,
    purpose_of,
    ready_clause,
    relative_object,
    stranded_subject,
    undergoes,
    will_do,
)
from ..model import EventType
from .candidate import Trigger
from .lexicon import Lexicon

DOER_MODS = ("compound", "amod", "nmod")  # modifiers that name an event noun's doer ("the U.S. and British strikes")


class ArgumentFinder:
    """Reads the source and target tokens of a candidate off the parse."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.counters = lex.words["partitives"] | lex.words["batches"]  # "dozens of", "a barrage of"

    def arguments(self, trig: Trigger) -> Trigger:
        """The candidate with its source and target tokens read off the parse."""
        tok = trig.token
        if tok.pos_ not in ("VERB", "AUX"):  # (a copula heads its clause as a verb does)
            source, target = self.noun_arguments(tok, trig.entry)
            if target is None and source is not None and trig.event_type in self.lex.types.mutual:
                # "Russia and China held talks": each is the other's counterpart
                target = partner_of(source)
            return replace(trig, source=source, target=target)
        source, target = self.verb_arguments(tok, trig.event_type)
        if trig.entry.get("oprd_pos") and target is None:
            target = self.judged_act(tok)
        if target is None and trig.event_type in (EventType.ACCUSE, EventType.REJECT):
            target = self.what_called(tok)
        if trig.entry.get("mode") == "phone" and target is None:  # "called Mugabe by telephone" read as "called X Y"
            target = next((c for c in tok.children if c.dep_ == "oprd"), None)
        roles = entry_roles(tok, trig.entry, source, target)
        deed = roles["target"]
        if deed is not None and deed.dep_ in OBJECT_DEPS and deed.lemma_.lower() in trig.entry.get("objects", ()) \
                and self.names_deed(deed, trig.event_type):
            # "lodged protests with Beijing", "imposed sanctions on Minsk": the verb's entry takes as object the deed
            # it carries out, and the one the deed is aimed at comes after a preposition (but "investigated crimes
            # by X": X is charged)
            roles["target"] = means_target(tok, deed)
        return replace(trig, **roles)

    def names_deed(self, noun: Token, event_type: EventType) -> bool:
        """Whether a noun names an act of this type (a lexicon noun of it: "protests", not the "attack" of
        "cyber-attack")."""
        return noun.pos_ == "NOUN" and any(e["type"] == event_type for e in self.lex.nouns.get(self.lex.noun_name(noun),
                                                                                               ()))

    def judged_act(self, tok: Token) -> Token | None:
        """"called the seizure unacceptable", parsed with "seizure" a modifier of the predicate: the act judged
        (an act noun, or a thing with an owner: "called Valdoria's conduct criminal")."""
        oprd = next((c for c in tok.children if c.dep_ == "oprd"), None)
        judged = next((c for c in oprd.lefts if c.dep_ in ("compound", "npadvmod") and c.pos_ == "NOUN"),
                      None) if oprd else None
        if judged is not None and (judged.lemma_.lower() in self.lex.nouns or any(
                c.dep_ == "poss" for c in judged.children)):
            return judged
        # ("called Georgia's conduct genocide", the owner hung on the predicate: the owner's conduct)
        owner = next((c for c in oprd.lefts if c.dep_ == "poss"), None) if judged is not None else None
        return owner if owner is not None and owner.pos_ == "PROPN" else None

    def what_called(self, tok: Token) -> Token | None:
        """"condemned what it called an attempted coup", "rejected what it called baseless charges": the thing
        judged is the one the clause of naming names."""
        naming = self.lex.words["naming"]
        clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.lemma_.lower() in naming
                       and any(g.tag_ == "WP" and g.dep_ in OBJECT_DEPS for g in c.children)), None)
        if clause is None:
            return None
        return next((c for c in clause.children if c.dep_ == "oprd"), None) or characterisation(clause, naming)

    def verb_arguments(self, tok: Token, event_type: EventType) -> tuple[Token | None, Token | None]:
        """Source and target tokens of a verb trigger."""
        obj = self.object_hit(tok)
        related = obj is not None and obj.lemma_.lower() in self.lex.words["relations"]
        if related:  # "restored ties with Iran": the other party, not the ties, is acted on
            obj = pobj_of(obj, "with") or pobj_of(tok, "with")
        source, target, passive = self.clause_roles(tok, event_type, obj)
        if related and target is None and source is not None:
            target = partner_of(source)  # "X and Y renewed ties"
        if source is None and tok.dep_ in ("nsubj", "nsubjpass") and between(tok):
            source, target = between(tok)  # "Fighting between the army and the RSF raged"
        if source is None and passive is None:
            source = stranded_subject(tok) or self.inherited_subject(tok)
        if source is None:
            source = self.act_beside(tok)
        if event_type in (EventType.AID, EventType.AGREE) and obj is not None and target == obj:
            # "sent humanitarian aid to Gaza", "pledged aid to Sudan": the aid is the thing given (or promised);
            # whoever receives it is the target
            target = next((g for c in (*tok.children, *obj.children) if c.dep_ in ("prep", "dative")
                           and c.lower_ in ("to", "for")
                           for g in c.children if g.dep_ == "pobj"), None)
        if obj is not None and target == obj and is_thing(obj) and dative_of(tok) is not None:
            target = dative_of(tok)  # "promised Israel a bitter fate", "gave Kyiv aid": the thing goes to someone
        if event_type in self.lex.types.mutual and source is not None:
            source, target = mutual_roles(source, target)
        elif source is not None and tok.lemma_.lower() in self.lex.words["clashes"] and (
                target is None or (target == obj and tok.lemma_.lower() in self.lex.words["trading"])):
            # "Indian and Chinese troops clashed", "Thailand and Cambodia exchanged fire"
            source, target = paired_sides(source) or (source, partner_of(source) or target)
        # (what is asked for is the object, or with none told the object of "for": "asked for help from Moscow")
        thing = obj if obj is not None or target is not None or event_type != EventType.REQUEST \
            else pobj_of(tok, "for")
        if event_type == EventType.REQUEST and thing is not None and target in (thing, None) and is_thing(thing):
            # "demanded an apology from Beijing", "summoned the envoy to demand an explanation": the thing asked
            # for is no target; the one asked is
            target = pobj_of(tok, "from") or pobj_of(thing, "from") or summoned_for(tok) or target
        elif event_type == EventType.REQUEST and thing is not None and target in (thing, None) \
                and thing.lemma_.lower() in self.lex.nouns and named_owner(thing):
            target = named_owner(thing)  # "requested a meeting of the Security Council": the body asked to meet
        if target is None:
            target = self.unstated_target(tok, event_type)
        elif event_type == EventType.THREATEN and target.pos_ == "NOUN" and not target.ent_type_:
            # "threatened war unless Henry resigned": who gives way; "would take measures if Norway joined": who acts
            means = target.lemma_.lower() in self.lex.words["threatened_means"]
            target = self.ultimatum_to(tok, None) or (self.condition_doer(tok, None) if means else None) or target
        if event_type in self.lex.types.posture and source is not None:  # (its object is the forces shown)
            target = self.aimed_at(tok) or target
        sender = pobj_of(tok, "from")
        if event_type == EventType.AID and tok.lemma_.lower() in self.lex.words["rescuing"]:  # (words.yaml)
            target = target or sender or (pobj_of(obj, "from") if obj is not None else None)  # where those helped were
        elif sender is not None and event_type in (EventType.CONSULT, EventType.AID):
            # "received a message from Tehran", "received tanks from Warsaw": the sender acts, the receiver is
            # addressed
            source, target = sender, source
        if source is not None and source.lower_ in ("that", "which", "who") and tok.dep_ == "relcl":
            source = antecedent(tok, lambda t: t.pos_ == "NOUN" and t.lemma_.lower() in self.lex.nouns)
        return source, target

    def object_hit(self, tok: Token) -> Token | None:
        """The verb's object, unless a weapon fired ("fired tear gas at protesters"; "to disperse the crowd" is)."""
        # ("that" misread as an object: "told them that he stood with them"; but "the militia, which Valdoria
        # blames", "the militia Valdoria blames" and "the tanker that marines helped impound" name the one acted on)
        clause = tok.head if tok.dep_ == "xcomp" and tok.head.dep_ == "relcl" else tok
        relative = object_gap(tok) or relative_object(clause)
        obj = clause.head if relative else next(
            (o for o in objects_of(tok) if o.lower_ not in ("that", "which", "what")), None) or self.labelled(tok)
        # ("fired dozens of rockets": the rockets are what is fired; "condemned the use of live ammunition": the use)
        counted = obj is not None and (obj.pos_ == "NUM" or obj.lemma_.lower() in self.counters
                                       or obj.lower_ in self.counters)
        fired = (pobj_of(obj, "of") or obj) if counted else obj
        weapon = fired is not None and (fired.lemma_.lower() in self.lex.weapons
                                        or fired.lower_.removesuffix("s") in self.lex.weapons)  # "Tomahawks"
        if obj is not None and weapon and not any(
                c.dep_ == "prt" and c.lower_ == "down" for c in tok.children):  # "shot down two jets": hit
            purpose = next((c for c in tok.children if c.dep_ in ("xcomp", "advcl")
                            and c.lemma_.lower() in self.lex.purpose), None)
            # (or whatever the weapon was aimed at: "launched Tomahawks at air defences")
            obj = next(iter(objects_of(purpose)), None) if purpose is not None else aimed_at(obj, TARGET_PREPS)
            if obj is not None and in_one_name(fired, obj):
                obj = None  # "Shaheds at Eilat" tagged as one name: no target the parse can be trusted with
        return obj

    def labelled(self, tok: Token) -> Token | None:
        """"condemned what it called a coup": the act so named or an actor it comes from; no charge (its maker lost)."""
        thing, words = labelled_object(tok, self.lex.words["naming"]), self.lex.words
        keep = thing is not None and thing.lemma_.lower() not in words["claims"] | words["accounts"]
        return thing if keep and (thing.pos_ == "PROPN" or thing.ent_type_ or thing.dep_ == "pobj"
                                  or thing.lemma_.lower() in self.lex.nouns) else None

    def clause_roles(self, tok: Token, event_type: EventType,
                     obj: Token | None) -> tuple[Token | None, Token | None, Token | None]:
        """Source and target from the verb's own clause (active, passive, bare participle), and the passive
        subject if there is one."""
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        passive = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        agent = agent_of(tok)
        if passive is not None and passive.lemma_.lower() in self.lex.weapons:
            return agent, None, None  # "missiles were launched": the weapon is no target
        if passive is not None:
            return agent, passive, passive
        if subj is not None and bare_participle(tok) and event_type in (EventType.ASSAULT, EventType.COERCE):
            # "more than 1,800 wounded", "dozens arrested": a participle without auxiliary is passive (a protest
            # never is: "students chanted" tagged as a participle is still the students' act)
            return agent, subj, None
        if subj is None and tok.tag_ == "VBN" and tok.dep_ in ("acl", "advcl") and agent is not None:
            # "Macaire was detained that evening, accused by Iranian media of ...": a passive participle
            # tells of the one it describes, or of its clause's subject
            return agent, described(tok), None
        if self.suffered(tok, event_type, obj):
            return agent, tok.head, tok.head  # "mourning for the protesters killed on Monday": they were killed
        return subj, obj, None

    def suffered(self, tok: Token, event_type: EventType, obj: Token | None) -> bool:
        """A passive participle hung on a noun tells what was done to it ("the protesters killed on Monday", "the
        journalists detained in Minsk"); not to a weapon or act ("the missiles launched", "the sanctions imposed on
        Russia") nor with an object or a target of its own."""
        head = tok.head
        # (an acl verb is a participle even where the tagger calls it a past tense: "22 people shot dead")
        return tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBD") and obj is None \
            and event_type in (EventType.ASSAULT, EventType.COERCE) and head.pos_ in ("NOUN", "PROPN") \
            and head.lemma_.lower() not in self.lex.weapons and head.lemma_.lower() not in self.lex.nouns \
            and aimed_at(tok, TARGET_PREPS) is None

    def act_beside(self, tok: Token) -> Token | None:
        """"25 people were killed in the US strike": the act named beside the verb has the actor."""
        for c in tok.children:
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None) if c.dep_ == "prep" else None
            if pobj is not None and c.lower_ in ("in", "during", "by") and pobj.lemma_.lower() in self.lex.nouns:
                return self.noun_arguments(pobj)[0] or self.opponent(pobj)
            if pobj is not None and c.lower_ in ("in", "during") and pobj.lemma_.lower() in self.lex.words["clashes"]:
                return self.opponent(pobj)
        return None

    def opponent(self, fight: Token) -> Token | None:
        """The other side of a fight the victims were in: "killed in clashes with Serb protesters", "in an exchange
        of fire with Thai troops"."""
        if fight.lemma_.lower() not in self.lex.words["clashes"]:
            return None
        of = pobj_of(fight, "of")  # ("an exchange of fire with X", wherever the parser hangs "with")
        return pobj_of(fight, "with") or (pobj_of(of, "with") if of is not None else None)

    def unstated_target(self, tok: Token, event_type: EventType) -> Token | None:
        """A target the verb takes through a preposition, a dative, the act threatened or the clause demanded."""
        # (acts done together are done with someone, never at or on them: "met at the United Nations")
        aimed = frozenset() if event_type in self.lex.types.mutual else TARGET_PREPS | (
            {"with"} if tok.lemma_.lower() in self.lex.words["clashes"] else set())  # "clashed with the army"
        for c in tok.children:
            if c.dep_ in ("prep", "prt") and c.lower_ in aimed | {"with", "to", "for"}:
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is not None and pobj.ent_type_ in ("DATE", "TIME"):
                    continue  # "agreed on Thursday"
                if pobj is not None and (c.lower_ in aimed or event_type in self.lex.types.recipient):
                    return pobj
        target = dative_of(tok)
        said_to_be = next((c for c in tok.children if c.dep_ == "attr"), None) if tok.lemma_ == "be" else None
        if target is None and said_to_be is not None:
            target = pobj_of(said_to_be, "with")  # "there would be no talks with the TPLF"
        if target is None and event_type == EventType.THREATEN:
            # "vowed to capture him": the one the threatened act is aimed at
            act = next((c for c in tok.children if c.dep_ == "xcomp" or (c.dep_ == "advcl" and infinitive(c))), None)
            # (an ultimatum's threat is aimed at the one who must give way: "... unless Kosovo withdrew")
            target = self.ultimatum_to(tok, act) or (next(iter(objects_of(act)), None) if act is not None else None) \
                or (pobj_of(act, *TARGET_PREPS) if act is not None else None)  # "vowed to retaliate against X"
            if target is not None and target.lemma_.lower() in self.lex.nouns and act is not None:
                # "promised to widen their attacks on Goma": whom the promised acts are aimed at
                target = self.noun_own_roles(target, EventType.ASSAULT)[1] or pobj_of(act, *TARGET_PREPS)
            aimed = own_act_aimed_at(tok)
            means = aimed is not None and aimed.lemma_.lower() in self.lex.words["threatened_means"]
            if aimed is None or means or aimed.lemma_.lower() in self.lex.nouns:
                # ("would launch an operation if ...", "would take retaliatory steps if ...")
                aimed = self.condition_doer(tok, act) or aimed
            target = target or aimed
        if target is None and event_type == EventType.AGREE:
            target = self.promised_to(tok)
        if target is None and event_type in self.lex.types.addressed:
            target = self.addressed_in_clause(tok, event_type) or summoned_for(tok)
        return target

    def ultimatum_to(self, tok: Token, act: Token | None, marks: frozenset[str] | None = None) -> Token | None:
        """"threatened to strike unless Israel rescinded the annexation": the one who must give way (or, with other
        `marks`, the one whose act the condition names)."""
        marks = self.lex.words["ultimatum_marks"] if marks is None else marks
        for verb in (tok, act):
            clause = next((c for c in verb.children if c.dep_ == "advcl" and any(
                g.dep_ == "mark" and g.lower_ in marks for g in c.children)), None) \
                if verb is not None else None
            subj = next((g for g in clause.children if g.dep_ in ("nsubj", "nsubjpass")), None) if clause else None
            if subj is not None and subj.pos_ != "PRON":
                return subj
        return None

    def condition_doer(self, tok: Token, act: Token | None) -> Token | None:
        """With no one else named, a threat is aimed at whoever the condition says would set it off: "warned it
        would launch an operation if Kurdish fighters did not withdraw", "would take retaliatory steps if Finland
        joined NATO" (words.yaml `condition_marks`); not an act noun ("if the ground offensive went ahead")."""
        said = next((c for c in tok.children if c.dep_ == "ccomp"), None)
        for verb in (act, said):
            doer = self.ultimatum_to(tok, verb, self.lex.words["condition_marks"])
            if doer is not None and doer.lemma_.lower() not in self.lex.nouns:
                return doer
        return None

    def promised_to(self, tok: Token) -> Token | None:
        """"offered to hand over two suspects to Britain", "promised to back Kyiv": whom the act offered is for."""
        act = innermost_xcomp(tok)  # ("promised to keep working with X": the working)
        if act is None:
            return None
        named = next((o for o in objects_of(act) if o.pos_ == "PROPN" or o.ent_type_ in ("GPE", "ORG", "NORP")), None)
        return pobj_of(act, "to", "with", "for") or dative_of(act) or named

    def addressed_in_clause(self, tok: Token, event_type: EventType) -> Token | None:
        """"demanded that American forces leave": the clause's subject is addressed (an admission, agreement
        or denial "that ..." names what was admitted, not whom)."""
        clause = next((c for c in tok.children if c.dep_ in ("ccomp", "xcomp")), None)
        subj = next((g for g in clause.children if g.dep_ in ("nsubj", "nsubjpass")), None) if clause else None
        avenging = clause is not None and will_do(clause) and clause.lemma_.lower() in self.lex.revenge
        if subj is not None and subj.pos_ != "PRON" and not (event_type == EventType.THREATEN and avenging):
            return subj  # (but "warned that Pyongyang would respond": the threatener's own act)
        return None

    def inherited_subject(self, tok: Token) -> Token | None:
        if tok.dep_ == "pcomp" and tok.head.lower_ in ("for", "of") and tok.head.head.pos_ == "VERB":
            # "blamed Iranian agents for firing into crowds": the one blamed did it
            blamed = next((c for c in tok.head.head.children if c.dep_ == "dobj"), None)
            if blamed is not None:
                return blamed
        if bare_participle(tok) and any(c.dep_ == "nsubj" for c in tok.children):
            return None  # "counted 22 dead and 300 wounded": a bare passive with its victims has no doer above it
        node = tok
        for _ in range(4):
            if node.dep_ == "pcomp" and node.head.lower_ in ("after", "before", "while", "by", "in", "without") \
                    and node.head.head.pos_ in ("VERB", "AUX"):
                # "broke into the compound after smashing a door": whoever broke in smashed it
                node = node.head.head
                subj = next((c for c in node.children if c.dep_ == "nsubj"), None)
                if subj is not None:
                    return subj
                continue
            if node is tok and node.dep_ == "conj" and any(c.dep_ == "auxpass" for c in node.head.children) \
                    and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
                return None  # "60 were killed and 100 wounded, officials said": a passive told twice has no doer
            if node is tok and node.dep_ == "conj" and node.tag_ == "VBN" and not any(
                    c.dep_ in ("dobj", "nsubj", "nsubjpass", "aux") for c in node.children) \
                    and any(c.dep_ == "auxpass" for c in node.head.children):
                return agent_of(node.head)  # "had been bombed and massacred": passive both, by whom the first says
            if node.dep_ in ("conj", "xcomp", "advcl", "acomp") and node.head != node:  # ("is willing to send")
                result = node.dep_ == "advcl" and node.tag_ == "VBG"
                node = node.head
                if result and agent_of(node) is not None:
                    return agent_of(node)  # "Goma was shelled by M23, leaving a dozen dead": M23 left them dead
                subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None and bare_participle(node):
                    # "14 people shot dead and 90 wounded": the victims of the first wound no one ("rockets fired
                    # by the militia killed two": its doer after "by" did)
                    return agent_of(node)
                if subj is not None and (subj.dep_ == "nsubj" or subj.pos_ in ("PROPN", "PRON") or subj.ent_type_):
                    return subj
                # "said the death would be investigated and accused ...": the death accuses no one; climb on
            elif node.dep_ == "ccomp" and node != tok and node.head != node:
                node = node.head
                subj = next((c for c in node.children if c.dep_ == "nsubj"), None)
                if subj is not None:
                    return subj
            elif node.dep_ in ("relcl", "acl"):
                return adopter(node.head, self.lex.words["documents"])
            else:
                return None
        return None

    def noun_arguments(self, tok: Token, entry: dict | None = None) -> tuple[Token | None, Token | None]:
        """Source and target tokens of an event noun: its own modifiers and phrases first ("Russian strikes on
        Kharkiv", "the seizure of the tanker by the Guards"), then the clause that names or hosts it."""
        event_type = EventType(entry["type"]) if entry else None
        source, target = self.noun_own_roles(tok, event_type, mode=entry.get("mode") if entry else None)
        sides = between(tok)
        if source is None and sides is not None:
            # "a mediation mission between Bogota and the ELN": whoever undertakes it mediates, with the first side
            source, target = (None, sides[0]) if entry and entry.get("mode") == "third-party" else sides
        if source is None:
            source = held_responsible(tok, self.lex.words["answerable"])
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ == "VERB":
            # "The raids were flown by U.S. jets against five sites", "Russian strikes hit Kharkiv": the verb
            # carries the arguments (but "the seizure angered London" is no seizure of London)
            verb_source, verb_target = self.verb_arguments(tok.head, EventType.ASSAULT)
            if tok.dep_ == "nsubjpass" and verb_source is not None:
                source = source or verb_source
            if tok.dep_ == "nsubjpass" and verb_target in (None, tok):
                verb_target = aimed_at(tok.head, TARGET_PREPS)  # (the act is what was flown: at whom it was)
            if verb_target is not None and verb_target != tok and self.carries(tok, event_type):
                target = target or verb_target
        telling = said_in(tok, self.lex)
        if telling is not None and source is None:
            # "Jaishankar told his Chinese counterpart, Wang Yi, in a phone call": the teller and the one told
            source = next((c for c in telling.children if c.dep_ == "nsubj"), None)
            target = target or next((c for c in telling.children if c.dep_ in ("dobj", "dative")), None)
        doer_verb = done_with(tok, self.lex)
        passive = doer_verb is not None and any(c.dep_ == "auxpass" for c in doer_verb.children)
        if passive and source is None:
            # "a group of protesters tried to break out and was driven back with tear gas": the subject is hit
            source = agent_of(doer_verb)
            target = target or next((c for c in doer_verb.children if c.dep_ == "nsubjpass"), None) \
                or self.inherited_subject(doer_verb)
        elif doer_verb is not None and (source is None or source.pos_ == "PRON"):
            # "the US responded with an attack on this group", "police moved in with tear gas on protesters"
            source = next((c for c in doer_verb.children if c.dep_ == "nsubj"), None) \
                or self.inherited_subject(doer_verb) or source
            # ("police drove them out with water cannon": whom the verb moves is hit)
            target = target or phrase_object(list(doer_verb.children), TARGET_PREPS) or next(
                (c for c in doer_verb.children if c.dep_ in ("dobj", "obj")), None)
        ready = ready_clause(tok.head.head, set(entry["head"])) if entry and entry.get("head") and tok.dep_ == "pobj" \
            and tok.head.lower_ in ("of", "for") else None  # "India was capable of a fitting reply"
        if source is None and ready is not None:
            source = next((c for c in ready.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
                or self.inherited_subject(ready)
        if source is None and event_type == EventType.PROTEST and entry and entry.get("head") and tok.dep_ == "dobj" \
                and tok.head.dep_ != "xcomp":
            source = tok  # "Sunday brought the biggest crowd": the crowd protests (not "began collecting signatures")
        if source is None and event_type in self.lex.types.mutual and purpose_of(tok) is not None:
            # "the minister turned up in Kyiv for talks with Zelensky": whoever came for them holds them
            source = next((c for c in purpose_of(tok).children if c.dep_ == "nsubj"), None)
        if target is None and event_type in self.lex.types.posture:
            target = self.aimed_at(tok)
        return self.hosted_roles(first_conjunct(tok), source, target, (entry or {}).get("head", ()))

    def aimed_at(self, tok: Token) -> Token | None:
        """Whom a show of force is aimed at (grammar.faced, with words.yaml's facing, frontiers and opposing)."""
        return faced(tok, self.lex.words["facing"], self.lex.words["frontiers"], self.lex.words["opposing"])

    def noun_own_roles(self, tok: Token, event_type: EventType | None,
                       mode: str | None = None) -> tuple[Token | None, Token | None]:
        """Roles an event noun's own dependents give: possessives, actor modifiers, by/on/against/with/of
        (the "of" of a release names who is freed, that of a resignation who resigns)."""
        released = mode == "release"
        source = target = None
        types = self.lex.types
        # ("Russian missile strikes": the modifier of the weapon the act is named by)
        weapons = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
        modifiers = [*tok.children, *(g for w in weapons for g in w.children)]
        nationals = any(c.dep_ in DOER_MODS and c.ent_type_ in ("NORP", "GPE", "ORG") for c in modifiers)
        for c in modifiers:
            if c.ent_type_ in ("DATE", "TIME") and nationals:
                continue  # "Friday's Russian missile strike": a day, not the doer its nationality names
            # ("Heavy shelling near the airport": a capital at the start of a sentence names nobody)
            named = c.pos_ == "PROPN" and not (c.is_sent_start and not c.ent_type_)
            if c.dep_ == "poss" and undergoes(tok, self.lex.words["undergone"]):
                target = target or c  # "Yoon's arrest", "the journalist's release": the one it is done to
            elif c.dep_ == "poss" and c.ent_type_ == "GPE" and tok.lemma_.lower() in self.lex.words["country_scenes"]:
                continue  # "Myanmar's coup", "Sudan's uprising": where, not who
            elif c.dep_ == "poss" or (c.dep_ in DOER_MODS and (c.ent_type_ in ("NORP", "GPE", "ORG")
                                                               or named or is_handle(c))):
                if not any(g.lower_ in self.lex.words["backing"] for g in c.children):
                    source = source or c
            if c.dep_ != "prep" or c.head != tok:
                continue
            pobj = next((g for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")), None)
            if c.lower_ == "by":
                source = pobj or source
            elif c.lower_ in TARGET_PREPS:
                target = target or pobj
            elif c.lower_ == "with" and tok.lemma_.lower() in self.lex.words["clashes"]:
                source = source or pobj  # "killed in a clash with Chinese troops": the other side
            elif c.lower_ in ("with", "to") and event_type in types.recipient:
                target = target or pobj  # "a protest with Tehran", "a visit to Taipei"
            elif c.lower_ == "of" and (event_type in types.undergone or released):
                target = target or pobj  # "the shelling of Kharkiv", "the seizure of the tanker"
                # ("the capture of the ferry by Houthi fighters": the agent hangs from the one captured)
                source = source or (pobj_of(pobj, "by") if pobj is not None else None)
            elif c.lower_ == "of" and (event_type in types.self_moving or mode == "resign"):
                source = source or pobj  # "the withdrawal of the troops", "the resignation of the premier"
        return source, target

    def carries(self, noun: Token, event_type: EventType | None) -> bool:
        """Whether a noun's verb carries out its act ("strikes hit", "a raid killed"): its object is the target."""
        verb = noun.head
        if noun.dep_ == "nsubjpass" or event_type is None:
            return True
        return any(e["type"] == event_type for e in self.lex.verbs.get(verb.lemma_.lower(), ()))

    def hosted_roles(self, tok: Token, source: Token | None, target: Token | None,
                     heads: Iterable[str] = ()) -> tuple[Token | None, Token | None]:
        """Roles from the verb that hosts an event noun: "X carried out strikes on Y" (the subject does it),
        "our troops faced 11 rocket attacks" (the subject suffers it); through a word that holds several acts
        ("adopted a 13th package of sanctions", "carried out hundreds of strikes"); or the noun's own head verbs
        ("gave the junta an ultimatum")."""
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and (tok.head.head.lemma_.lower() in self.counters
                                                               or tok.head.head.lower_ in self.counters):
            tok = tok.head.head
        carrier = self.lex.prep_host(tok)  # "nurses went on strike", "flew to Geneva for talks"
        if carrier is not None:
            doer, undergoer = prep_act_roles(carrier, tok.head.lower_)
            if doer is not None and source is not None and source.head.lower_ == "with" and source.head.head == tok:
                return doer, target or source  # "engaged in a firefight with Kenyan troops": they fought them
            return source or doer, target or undergoer
        host = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("under", "on") else tok.head
        if (tok.dep_ in OBJECT_DEPS or host != tok.head) and host.lemma_ in self.lex.patient_hosts:
            # "our troops faced 11 rocket attacks", "a convoy came under fire": the subject suffered the act, at
            # the hands of whoever it came from ("came under fire from RSF fighters")
            source = source or pobj_of(host, "from") or pobj_of(tok, "from")
            return source, target or next((c for c in host.children if c.dep_ == "nsubj"), None)
        if not (tok.dep_ in OBJECT_DEPS and (self.lex.hosts(tok.head) or tok.head.lemma_.lower() in heads)):
            return source, target
        host = tok.head
        # "opened fire on protesters", "pledged its support to Baku", "began an operation to drive X from the gorge"
        drive = next((c for c in host.children if c.dep_ in ("xcomp", "advcl") and c.lemma_ in self.lex.purpose), None)
        target = target or aimed_at(host, TARGET_PREPS | {"to"}) or dative_of(host) \
            or (next(iter(objects_of(drive)), None) if drive is not None else None)
        if source is not None and source.pos_ != "PRON":
            return source, target
        source = next((c for c in host.children if c.dep_ == "nsubj"), None)
        return source or agent_of(host) or self.inherited_subject(host), target


def held_responsible(act: Token, answerable: frozenset[str]) -> Token | None:
    """The one held to account for an act named after "responsible for": "hold KH responsible for a string
    of rocket strikes", "blamed Iran for the attacks" (an allegation: the act is told as its doer's)."""
    node = act
    for _ in range(6):
        if node.dep_ not in ("pobj", "prep", "conj") or node.head == node:
            return None
        node = node.head
        if node.lemma_.lower() not in answerable:
            continue
        if node.pos_ == "VERB":  # "blamed Iran for the attacks"
            return next((c for c in node.children if c.dep_ == "dobj"), None)
        # "hold KH responsible for", "KH is responsible for"
        own = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        holder = node.head  # ("the officials it held responsible for": whom the relative clause describes)
        held = holder.head if node.dep_ == "oprd" and holder.dep_ == "relcl" else None
        return own or next((c for c in holder.children if c.dep_ == "dobj"), None) or held \
            or next((c for c in holder.children if c.dep_ == "nsubj" and c != node), None)
    return None


def adopter(noun: Token, documents: frozenset[str]) -> Token:
    """Who speaks through a text: "the lawmakers approved a resolution calling on ..." are the lawmakers
    (any other noun speaks for itself)."""
    if noun.lemma_.lower() in documents:
        verb = noun.head
        if noun.dep_ == "pobj" and verb.lower_ == "with":
            # "Egypt came out with a statement condemning ...": whoever came out with it
            return next((c for c in verb.head.children if c.dep_ == "nsubj"), noun)
        if noun.dep_ == "dobj":
            # (the subject may hang lower in a misparse: "the lawmakers present approved" makes "present" a verb)
            return next((t for c in verb.lefts for t in c.subtree if t.dep_ == "nsubj"), noun)
        if noun.dep_ == "nsubjpass":
            return agent_of(verb) or noun
    return noun


def holder(tok: Token, agent_kind: Callable[[Token], str | None], instruments: frozenset[str],
           plain: frozenset[str]) -> Token | None:
    """The group named in front of a place or thing: "rebel positions", "militia bases", "Hezbollah targets" (not
    an adjective of `plain` kind: "military sites", "a national strike")."""
    for mod in tok.lefts:
        if mod.dep_ in ("compound", "amod", "nmod") and agent_kind(mod) and mod.lemma_.lower() not in instruments \
                and not (mod.pos_ == "ADJ" and mod.lower_ in plain):
            return mod
        if mod.dep_ in ("compound", "nmod") and (mod.ent_type_ in ("ORG", "NORP") or
                                                 mod.ent_type_ == "PERSON" and mod.pos_ == "PROPN"):
            return mod  # "1,600 Hezbollah targets", "Hamas positions", "an ISIS-K planner" (tagged a noun)
    return None


def said_in(tok: Token, lex: Lexicon) -> Token | None:
    """The verb of saying an exchange hosts: "told his counterpart in a phone call" (its subject called)."""
    if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during") and tok.head.head.lemma_.lower() in lex.speech:
        return tok.head.head
    return None


def done_with(tok: Token, lex: Lexicon) -> Token | None:
    """The verb an act is done "with": "the US responded with an attack" (the verb's subject did it)."""
    verb = tok.head.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "with" and verb.lemma_.lower() in lex.with_hosts \
            and not any(c.dep_ == "aux" and c.lower_ in lex.modals for c in verb.children):
        return verb  # (not "would respond with sanctions": a promise, not an act)
    return None


NAME_LABELS = ("ORG", "NORP", "PERSON", "GPE")


def doer_after(tok: Token, entry: dict) -> Token | None:
    """The doer an entry names after a preposition (`agent_prep`: "the town fell to the rebels"): that
    preposition's object when it can be one, a name or a word of the entry's `pobj` ("fell to 40 percent" has
    none)."""
    return next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in entry["agent_prep"]
                 for g in c.children if g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.ent_type_ in NAME_LABELS
                                                              or g.lemma_.lower() in entry.get("pobj", ()))), None)


def entry_roles(tok: Token, entry: dict, source: Token | None, target: Token | None) -> dict[str, Token | None]:
    """Source and target where a lexicon entry says the verb places them otherwise."""
    if entry.get("refusal") and target is not None and target.dep_ == "nsubjpass":
        # "the recorders would not be handed to Boeing": refused to Boeing
        target = pobj_of(tok, "to") or target
    if entry.get("asked_in"):  # "sought asylum in Russia", "asked for refuge at the embassy": the state asked
        sought = [tok, *objects_of(tok), *(g for c in tok.children if c.dep_ == "prep" for g in c.children)]
        target = next((found for w in sought if (found := pobj_of(w, "in", "at")) is not None), None)
    if entry.get("subject_suffers"):
        source, target = None, source  # "Iran will pay a price": the subject is the one threatened
    if entry.get("agent_prep"):
        source, target = doer_after(tok, entry), source  # "Goma fell to the rebels": Goma is taken
    blaming = entry.get("complements", ()) if entry.get("mode") == "disapprove" else ()
    if target is not None and target.lemma_.lower() in blaming:
        # "branded the uprising treason", "treason" read as the object: the act named before it is the one judged
        target = next((c for c in target.lefts if c.dep_ in ("compound", "npadvmod") and c.pos_ == "NOUN"), None)
    if entry.get("means_object") and target is not None and target.dep_ in OBJECT_DEPS:
        target = means_target(tok, target, entry.get("bound_in", False))
    if entry.get("from_target"):  # "recalled its envoy from Tehran"
        target = pobj_of(tok, "from") or (target and pobj_of(target, "from")) or target
    if entry.get("evidential"):
        # "intelligence indicated that the plane had been brought down by an Iranian missile": the doer
        # ("reported" makes the reporter the source, and this the target)
        source, target = clause_doer(tok), None
    if entry.get("clause_doer"):  # "Seoul alleged that Pyongyang had sent the drones": Pyongyang is accused
        target = clause_doer(tok)
    if entry.get("seen_doer"):
        # "Stunning to see some Democrats criticize ...": the voice blames the ones seen
        seen = next((c for c in tok.children if c.dep_ in ("ccomp", "xcomp")), None)
        source = None
        target = next((c for c in seen.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
            if seen is not None else next(iter(objects_of(tok)), None)
    return {"source": source, "target": target}


def is_thing(tok: Token) -> bool:
    """A common noun with no owner: "an explanation", "help" (not "the withdrawal of Serbian forces", "Iran's
    support", whose owner is the one who is to act)."""
    return tok.pos_ == "NOUN" and not tok.ent_type_ and \
        not any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in tok.children)


def named_owner(thing: Token) -> Token | None:
    """The body or state named as an act noun's owner ("a meeting of the UN Security Council", "Moscow's
    withdrawal"), not people it is done to ("the release of the hostages")."""
    if thing.pos_ != "NOUN" or thing.ent_type_:
        return None
    owner = pobj_of(thing, "of") or next((c for c in thing.children if c.dep_ == "poss"), None)
    return owner if owner is not None and owner.ent_type_ in NAME_LABELS and owner.ent_type_ != "PERSON" else None


def summoned_for(tok: Token) -> Token | None:
    """"summoned the ambassador to demand an explanation": the one called in is the one the purpose is aimed at
    (an infinitive of purpose only: in "urged Iran to condemn X" Iran is the one who would condemn)."""
    if tok.dep_ != "advcl" or not infinitive(tok):
        return None
    return next(iter(objects_of(tok.head)), None)


def clause_doer(verb: Token) -> Token | None:
    """Who does the clause a verb reports: its agent after "by", else its active subject."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is None:
        return None
    return agent_of(clause) or next((c for c in clause.children if c.dep_ == "nsubj"), None)


def antecedent(clause: Token, is_act: Callable[[Token], bool]) -> Token | None:
    """What the relative pronoun of a clause stands for: its head, unless the parser hung the clause on the place
    an act happened in ("the strike on the consulate in Damascus, which killed seven": the strike killed, not
    Damascus), where the act named above it is meant, or no one."""
    head = clause.head
    if not (head.pos_ == "PROPN" and head.dep_ == "pobj" and head.head.lower_ in ("in", "at", "near")):
        return head
    return next((a for a in head.ancestors if is_act(a)), None)
