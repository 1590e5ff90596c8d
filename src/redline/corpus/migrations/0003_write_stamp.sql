-- A token that every batch written (Store.write) replaces in its transaction. An ingest's writer keeps
-- what its linking read of the stored events from one batch to the next (corpus/seen.py) and reads the
-- token when it opens the store again: still the one it wrote means no other process wrote since.

CREATE TABLE write_stamp (stamp VARCHAR NOT NULL);

INSERT INTO write_stamp VALUES ('');
