-- need_missing events (issue 15): the "what you need" item the visitor did not have.
ALTER TABLE events ADD COLUMN need TEXT;
