-- Humanitarian addresses (địa chỉ nhân đạo): the need, the approval, the sponsor's commitment,
-- the code on iNhandao, and every help given to the address.
ALTER TABLE humanitarian_addresses ADD COLUMN need TEXT NOT NULL DEFAULT '';
ALTER TABLE humanitarian_addresses ADD COLUMN commitment TEXT;
ALTER TABLE humanitarian_addresses ADD COLUMN sponsored_from TEXT;
ALTER TABLE humanitarian_addresses ADD COLUMN inhandao_code TEXT;
CREATE INDEX humanitarian_addresses_profiled ON humanitarian_addresses (profiled_on);

CREATE TABLE address_helps (
  id          INTEGER PRIMARY KEY,
  address_id  INTEGER NOT NULL REFERENCES humanitarian_addresses (id),
  given_on    TEXT NOT NULL,
  kind        TEXT NOT NULL,
  amount      INTEGER NOT NULL DEFAULT 0 CHECK (amount >= 0),
  donor_id    INTEGER REFERENCES donors (id),
  note        TEXT
) STRICT;
CREATE INDEX address_helps_address ON address_helps (address_id);
