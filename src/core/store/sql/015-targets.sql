-- Campaign targets as the plans write them: a measure (money, counts, percentages, the poverty
-- rate) for the office as a whole, a place, or a member organisation. Percentages and rates are
-- kept in hundredths of a per cent (80 % is 8000, 4,63 % is 463); a rate to bring down has the
-- rate it starts from.
CREATE TABLE campaign_targets_new (
  id            INTEGER PRIMARY KEY,
  campaign_id   INTEGER NOT NULL REFERENCES campaigns (id),
  measure       TEXT NOT NULL,
  place_id      INTEGER REFERENCES places (id),
  organisation  TEXT,
  value         INTEGER NOT NULL CHECK (value >= 0),
  baseline      INTEGER CHECK (baseline >= 0),
  note          TEXT,
  CHECK (place_id IS NULL OR organisation IS NULL)
) STRICT;
INSERT INTO campaign_targets_new (id, campaign_id, measure, place_id, value, note)
  SELECT id, campaign_id,
         CASE metric WHEN 'money' THEN 'money' WHEN 'gift_packages' THEN 'gift-packages'
           WHEN 'houses_new' THEN 'houses-new' WHEN 'houses_repair' THEN 'houses-repair'
           WHEN 'livelihood_models' THEN 'livelihood-models' WHEN 'bhyt_cards' THEN 'bhyt-cards'
           WHEN 'addresses' THEN 'addresses-new'
           WHEN 'addresses_helped_pct' THEN 'addresses-helped-percent'
           ELSE 'gift-coverage-percent' END,
         place_id,
         CASE WHEN metric IN ('addresses_helped_pct', 'coverage_pct') THEN target * 100 ELSE target END,
         coalesce(label, note)
  FROM campaign_targets WHERE metric <> 'other';
DROP TABLE campaign_targets;
ALTER TABLE campaign_targets_new RENAME TO campaign_targets;
CREATE UNIQUE INDEX campaign_targets_unit ON campaign_targets
  (campaign_id, measure, coalesce(place_id, 0), coalesce(organisation, ''));
