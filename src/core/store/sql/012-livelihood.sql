-- Livelihood models (mô hình sinh kế): every kind the plans name, the member organisation or unit
-- that mobilised it, the voucher that paid it, its outcome over time, and for a revolving model
-- (ngân hàng bò) the conditions of passing it on; each holder's line says what it received.
CREATE TABLE livelihood_models_new (
  id           INTEGER PRIMARY KEY,
  uuid         TEXT NOT NULL UNIQUE,
  campaign_id  INTEGER REFERENCES campaigns (id),
  kind         TEXT NOT NULL CHECK (kind IN ('cattle', 'buffalo', 'goat', 'pig', 'poultry', 'seedlings',
                 'capital', 'equipment', 'training', 'other')),
  description  TEXT NOT NULL,
  value        INTEGER NOT NULL DEFAULT 0 CHECK (value >= 0),
  revolving    INTEGER NOT NULL DEFAULT 0 CHECK (revolving IN (0, 1)),
  conditions   TEXT,
  sponsor_id   INTEGER REFERENCES donors (id),
  unit         TEXT,
  voucher_id   INTEGER REFERENCES payment_vouchers (id),
  started_on   TEXT,
  outcome      TEXT NOT NULL DEFAULT 'ongoing' CHECK (outcome IN ('ongoing', 'succeeded', 'failed',
                 'escaped_poverty')),
  outcome_on   TEXT,
  note         TEXT
) STRICT;
INSERT INTO livelihood_models_new (id, uuid, campaign_id, kind, description, value, revolving, sponsor_id,
                                   started_on, note)
  SELECT id, uuid, campaign_id, kind, description, value, revolving, sponsor_id, started_on, note
  FROM livelihood_models;
DROP TABLE livelihood_models;
ALTER TABLE livelihood_models_new RENAME TO livelihood_models;
CREATE INDEX livelihood_models_campaign ON livelihood_models (campaign_id);

ALTER TABLE livelihood_assignments ADD COLUMN what TEXT;
