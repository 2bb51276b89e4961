-- Per-campaign totals kept by triggers, as donor_stats keeps the donors': the campaigns' list,
-- every drop-down of campaigns and every campaign read show what each received without summing
-- a province's million donations each time.
CREATE TABLE campaign_stats (
  campaign_id  INTEGER PRIMARY KEY REFERENCES campaigns (id),
  total        INTEGER NOT NULL DEFAULT 0,
  gifts        INTEGER NOT NULL DEFAULT 0
) STRICT;

INSERT INTO campaign_stats (campaign_id, total, gifts)
  SELECT campaign_id, sum(amount), count(*) FROM donations
  WHERE status = 'valid' AND campaign_id IS NOT NULL GROUP BY campaign_id;

CREATE TRIGGER campaign_stats_ai AFTER INSERT ON donations
  WHEN NEW.status = 'valid' AND NEW.campaign_id IS NOT NULL BEGIN
  INSERT INTO campaign_stats (campaign_id, total, gifts) VALUES (NEW.campaign_id, NEW.amount, 1)
  ON CONFLICT (campaign_id) DO UPDATE SET total = total + excluded.total, gifts = gifts + 1;
END;

-- Voided, moved to another campaign or corrected: what the old row gave is taken away, what the
-- new row gives is added.
CREATE TRIGGER campaign_stats_au AFTER UPDATE OF status, campaign_id, amount ON donations BEGIN
  UPDATE campaign_stats SET total = total - OLD.amount, gifts = gifts - 1
    WHERE campaign_id = OLD.campaign_id AND OLD.status = 'valid';
  INSERT INTO campaign_stats (campaign_id, total, gifts)
    SELECT NEW.campaign_id, NEW.amount, 1 WHERE NEW.status = 'valid' AND NEW.campaign_id IS NOT NULL
  ON CONFLICT (campaign_id) DO UPDATE SET total = total + excluded.total, gifts = gifts + 1;
END;

CREATE TRIGGER campaign_stats_ad AFTER DELETE ON donations WHEN OLD.status = 'valid' BEGIN
  UPDATE campaign_stats SET total = total - OLD.amount, gifts = gifts - 1 WHERE campaign_id = OLD.campaign_id;
END;
