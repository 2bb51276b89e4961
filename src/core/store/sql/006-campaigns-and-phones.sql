-- Campaigns carry the level they run at (the office levels: province, district, commune, …)
-- and the fund they raise for (NULL: the office's own fund); a closed campaign is archived.
ALTER TABLE campaigns ADD COLUMN level TEXT;
ALTER TABLE campaigns ADD COLUMN fund TEXT;

-- Donors are found by the digits of their phone as households are. The digits are an indexed
-- expression rather than a column, so a donor's content (and its hash in the audit chain)
-- stays what it was; tt-donors.c queries the same expression (DONOR_PHONE_DIGITS).
DROP INDEX donors_phone;
CREATE INDEX donors_phone_digits ON donors (
  nullif(replace(replace(replace(replace(replace(replace(phone, ' ', ''), '.', ''), '-', ''),
                                 '(', ''), ')', ''), '+', ''), ''))
  WHERE phone IS NOT NULL;
