-- The words of each event's evidence, so that a search for words (the API's `q`) looks them up instead
-- of reading every evidence: on a million events a scan of the evidence takes a few hundred
-- milliseconds, a scan of this table some 30, a look-up in its index of words a few. A word is a run of
-- letters and digits, lower-cased; Store writes the rows of new events with the same expression
-- (store.WORDS) and deletes them with their document.

CREATE TABLE event_words (
    word   VARCHAR NOT NULL,
    key    VARCHAR NOT NULL,   -- the event's key
    doc_id VARCHAR NOT NULL
);

INSERT INTO event_words
    SELECT DISTINCT word, key, doc_id FROM (
        SELECT unnest(regexp_split_to_array(lower(evidence), '[^\p{L}\p{N}]+')) AS word, key, doc_id FROM events)
    WHERE word <> '';

CREATE INDEX event_words_word ON event_words (word);
