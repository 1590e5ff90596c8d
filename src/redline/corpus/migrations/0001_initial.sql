-- The first schema of the corpus store. Applied once, in one transaction, by Store (store.py), which
-- records it in schema_version. Later changes go in new files (0002_*.sql, ...), never here.

CREATE TABLE documents (
    id           VARCHAR PRIMARY KEY,
    published    DATE NOT NULL,
    text         VARCHAR NOT NULL,
    content_hash VARCHAR NOT NULL,   -- sha256 of the publication date and the text
    source       VARCHAR NOT NULL,   -- the file (and line) it was read from, '' for stdin
    ingested_at  TIMESTAMP NOT NULL DEFAULT current_timestamp
);

-- Every actor an event or a quote names: the canonical id when it has one, else name and country.
CREATE TABLE actors (
    key     VARCHAR PRIMARY KEY,
    id      VARCHAR,
    name    VARCHAR NOT NULL,
    country VARCHAR,
    kind    VARCHAR
);

-- One row per event: the fields of output.event_record, its stable key "{doc_id}#{event id}", its
-- incident and the acts it answers. Actors are kept whole (aliases as mentioned) and by key.
CREATE TABLE events (
    key         VARCHAR NOT NULL,
    doc_id      VARCHAR NOT NULL,
    event_id    INTEGER NOT NULL,
    event_type  VARCHAR NOT NULL,
    mode        VARCHAR,
    source      JSON,
    target      JSON,
    source_key  VARCHAR,
    target_key  VARCHAR,
    date        DATE,
    date_end    DATE,
    day         DATE NOT NULL,      -- date, or the document's publication date: what linking windows read
    country     VARCHAR,
    place       VARCHAR,
    lat         DOUBLE,
    lon         DOUBLE,
    killed      INTEGER,
    wounded     INTEGER,
    approx      BOOLEAN NOT NULL,
    evidence    VARCHAR NOT NULL,
    via         VARCHAR NOT NULL,
    speaker     JSON,
    ev_start    INTEGER NOT NULL,   -- evidence offsets in the document's text
    ev_end      INTEGER NOT NULL,
    mentions    JSON NOT NULL,      -- [[start, end], ...] of every telling
    "trigger"   VARCHAR,
    rule        VARCHAR,
    incident    VARCHAR,
    responds_to JSON NOT NULL       -- [{"incident", "link", "confidence"}, ...]
);

-- The voices besides the author's: quoted speech and embedded posts.
CREATE TABLE quotes (
    doc_id      VARCHAR NOT NULL,
    n           INTEGER NOT NULL,   -- order in the document
    speaker     JSON,
    speaker_key VARCHAR,
    text        VARCHAR NOT NULL,
    via         VARCHAR NOT NULL,
    q_start     INTEGER NOT NULL,
    q_end       INTEGER NOT NULL,
    sentence    VARCHAR NOT NULL
);

CREATE TABLE posts (
    doc_id  VARCHAR NOT NULL,
    n       INTEGER NOT NULL,
    author  VARCHAR NOT NULL,
    handle  VARCHAR NOT NULL,
    date    DATE,
    text    VARCHAR NOT NULL,
    links   JSON NOT NULL,
    p_start INTEGER NOT NULL,
    p_end   INTEGER NOT NULL
);

-- One real happening; its reports are the events that carry its id.
CREATE TABLE incidents (
    id         VARCHAR PRIMARY KEY,
    created_at TIMESTAMP NOT NULL DEFAULT current_timestamp
);

CREATE VIEW incident_reports AS
    SELECT incident, key AS event_key, doc_id, event_type, date, killed, wounded, evidence
    FROM events WHERE incident IS NOT NULL;

-- Response links, one row per (answering event, answered incident): events.responds_to, normalised.
CREATE TABLE links (
    event_key  VARCHAR NOT NULL,
    doc_id     VARCHAR NOT NULL,
    incident   VARCHAR NOT NULL,
    link       VARCHAR NOT NULL,    -- 'stated' | 'inferred'
    confidence DOUBLE NOT NULL
);
