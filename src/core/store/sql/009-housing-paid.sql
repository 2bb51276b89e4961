-- What each housing project was paid, kept on the project so that the pipeline and the list read
-- one table: a tranche adds its voucher's amount, voiding that voucher takes it away. `check`
-- compares it with the tranches summed on their own.
ALTER TABLE housing_projects ADD COLUMN paid INTEGER NOT NULL DEFAULT 0 CHECK (paid >= 0);
UPDATE housing_projects SET paid = coalesce((SELECT sum(v.amount) FROM housing_disbursements d
  JOIN payment_vouchers v ON v.id = d.voucher_id WHERE d.project_id = housing_projects.id AND v.status = 'valid'), 0);

CREATE TRIGGER housing_paid_tranche AFTER INSERT ON housing_disbursements BEGIN
  UPDATE housing_projects SET paid = paid + coalesce((SELECT amount FROM payment_vouchers
    WHERE id = NEW.voucher_id AND status = 'valid'), 0) WHERE id = NEW.project_id;
END;

CREATE TRIGGER housing_paid_void AFTER UPDATE OF status ON payment_vouchers
  WHEN OLD.status = 'valid' AND NEW.status <> 'valid' BEGIN
  UPDATE housing_projects SET paid = paid - OLD.amount
    WHERE id IN (SELECT project_id FROM housing_disbursements WHERE voucher_id = OLD.id);
END;
