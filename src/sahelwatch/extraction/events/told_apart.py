"""Places an article tells apart from the incident it first named them in: a lead that
sums up two deeds, a live page that gives the latest toll before the blast it counts."""

from __future__ import annotations

from sahelwatch.extraction.doc import Doc
from sahelwatch.extraction.events.incidents import EVENT_ROLES, Incident, place_key


def leave_places_told_apart(incidents: list[Incident]) -> None:
    """'Sept habitants de Diendou ont été enlevés, et le marché de Matomo incendié deux
    jours plus tard', then each told on its day: a place an incident names only with its
    other places, that another incident tells on its own, is that incident's."""
    for incident in incidents:
        for key in list(incident.places):
            told = [keys for keys in incident.sentences.values() if key in keys]
            if len(incident.places) < 2 or not told or any(len(keys) == 1 for keys in told):
                continue
            if not any(
                other is not incident
                and not other.history
                and any(keys == frozenset({key}) for keys in other.sentences.values())
                for other in incidents
            ):
                continue
            del incident.places[key]
            for sentence, keys in list(incident.sentences.items()):
                if key in keys:
                    incident.sentences[sentence] = keys - {key}


def take_told_places(told: Incident, separate: Incident, doc: Doc, index: int) -> None:
    """A separate incident at a place the story already spoke of (a live page tells the
    latest toll of the bus blast before the blast): what was said of that place alone is
    the separate incident's."""
    keys = {place_key(m) for m in doc.places_in(index) if m.role in (*EVENT_ROLES, "reference")}
    for key in keys & set(told.places):
        if len(told.places) < 2:
            continue  # the story's only place: the same place told again
        separate.places[key] = told.places.pop(key)
        for sentence, held in list(told.sentences.items()):
            if held == frozenset({key}):
                del told.sentences[sentence]
                separate.add_sentence(sentence, held)
            elif key in held:
                told.sentences[sentence] = held - {key}
