-- Search in the register by phone digits: a phone is kept as typed ("0912 345 678"), and a
-- clerk types the digits. The digits alone are a generated column with their own index, so a
-- search by phone looks up a range instead of reading every household.
ALTER TABLE households ADD COLUMN phone_key TEXT GENERATED ALWAYS AS (
  nullif(replace(replace(replace(replace(replace(replace(phone, ' ', ''), '.', ''), '-', ''),
                                 '(', ''), ')', ''), '+', ''), '')) VIRTUAL;
CREATE INDEX households_phone_key ON households (phone_key) WHERE phone_key IS NOT NULL;

-- The figures per commune count the active households of each commune: an index that holds
-- both columns answers it without reading the households themselves. It replaces the index
-- on the commune alone.
DROP INDEX households_commune;
CREATE INDEX households_commune_status ON households (commune_id, status);
