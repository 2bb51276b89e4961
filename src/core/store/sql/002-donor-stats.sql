-- Per-donor totals kept by triggers, so the donor list can be sorted by total given or by
-- last gift over a hundred thousand donors without summing a million donations each time.
CREATE TABLE donor_stats (
  donor_id   INTEGER PRIMARY KEY REFERENCES donors (id),
  total      INTEGER NOT NULL DEFAULT 0,
  gifts      INTEGER NOT NULL DEFAULT 0,
  last_gift  TEXT
) STRICT;

INSERT INTO donor_stats (donor_id, total, gifts, last_gift)
  SELECT donor_id, sum(amount), count(*), max(received_on)
  FROM donations WHERE status = 'valid' GROUP BY donor_id;

CREATE INDEX donor_stats_total ON donor_stats (total);
CREATE INDEX donor_stats_last_gift ON donor_stats (last_gift);

CREATE TRIGGER donor_stats_ai AFTER INSERT ON donations WHEN NEW.status = 'valid' BEGIN
  INSERT INTO donor_stats (donor_id, total, gifts, last_gift)
    VALUES (NEW.donor_id, NEW.amount, 1, NEW.received_on)
  ON CONFLICT (donor_id) DO UPDATE SET
    total = total + excluded.total,
    gifts = gifts + 1,
    last_gift = max(coalesce(last_gift, ''), excluded.last_gift);
END;

-- Voiding, merging (donor_id moves) or any correction: recount the donors involved.
CREATE TRIGGER donor_stats_au AFTER UPDATE OF status, donor_id, amount, received_on ON donations BEGIN
  INSERT OR REPLACE INTO donor_stats (donor_id, total, gifts, last_gift)
    SELECT d.id,
           (SELECT coalesce(sum(amount), 0) FROM donations WHERE donor_id = d.id AND status = 'valid'),
           (SELECT count(*) FROM donations WHERE donor_id = d.id AND status = 'valid'),
           (SELECT max(received_on) FROM donations WHERE donor_id = d.id AND status = 'valid')
    FROM donors d WHERE d.id IN (OLD.donor_id, NEW.donor_id);
END;
