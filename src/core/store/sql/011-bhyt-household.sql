-- Health-insurance cards: a household may pay its own card (the price rule gives it a share),
-- and cards are listed by the day they end so that the office can renew them.
CREATE TABLE bhyt_cards_new (
  id            INTEGER PRIMARY KEY,
  household_id  INTEGER NOT NULL REFERENCES households (id),
  member_id     INTEGER REFERENCES household_members (id),
  card_number   TEXT NOT NULL UNIQUE,
  valid_from    TEXT NOT NULL,
  valid_to      TEXT NOT NULL,
  paid_by       TEXT NOT NULL CHECK (paid_by IN ('fund', 'state', 'sponsor', 'household', 'other')),
  sponsor_id    INTEGER REFERENCES donors (id),
  campaign_id   INTEGER REFERENCES campaigns (id),
  amount        INTEGER NOT NULL DEFAULT 0 CHECK (amount >= 0),
  CHECK (valid_to >= valid_from)
) STRICT;
INSERT INTO bhyt_cards_new (id, household_id, member_id, card_number, valid_from, valid_to, paid_by, sponsor_id,
                            campaign_id, amount)
  SELECT id, household_id, member_id, card_number, valid_from, valid_to, paid_by, sponsor_id, campaign_id, amount
  FROM bhyt_cards;
DROP TABLE bhyt_cards;
ALTER TABLE bhyt_cards_new RENAME TO bhyt_cards;
CREATE INDEX bhyt_cards_household ON bhyt_cards (household_id);
CREATE INDEX bhyt_cards_valid_to ON bhyt_cards (valid_to);
