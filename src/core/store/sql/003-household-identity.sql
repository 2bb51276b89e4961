-- Imports look a household up by folded head name, birth year and village (the duplicate rule
-- when there is no ID number) once per row. The same index orders the register by name (ties
-- by exact name are sorted in small groups), so the name-only index goes: one index fewer to
-- write for every household imported.
DROP INDEX households_name_key;
CREATE INDEX households_identity ON households (head_name_key, head_birth_year, village_id);
CREATE INDEX gift_entries_campaign ON gift_entries (campaign_id, household_id);

-- The search index of head names changes only when the folded name does: FTS5 writes a new
-- index segment for every statement that touches it.
DROP TRIGGER households_fts_au;
CREATE TRIGGER households_fts_au AFTER UPDATE OF head_name_key ON households
WHEN OLD.head_name_key IS NOT NEW.head_name_key BEGIN
  INSERT INTO households_fts (households_fts, rowid, head_name_key)
    VALUES ('delete', OLD.id, OLD.head_name_key);
  INSERT INTO households_fts (rowid, head_name_key) VALUES (NEW.id, NEW.head_name_key);
END;
