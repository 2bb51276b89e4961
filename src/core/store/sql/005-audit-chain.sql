-- The audit log becomes a hash chain: each entry is sealed as it is written with the content
-- hash of the record it speaks of and a hash over the previous entry's hash and its own
-- content. Entries written before are kept and sealed by the upgrade, oldest first. Inserts no
-- longer copy the row and updates keep the changed columns only (the table triggers are made
-- anew by the upgrade).
ALTER TABLE audit_log ADD COLUMN row_hash BLOB;
ALTER TABLE audit_log ADD COLUMN hash BLOB;

DROP TRIGGER audit_log_no_update;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
  WHEN OLD.hash IS NOT NULL OR NEW.id IS NOT OLD.id OR NEW.at IS NOT OLD.at
    OR NEW.actor IS NOT OLD.actor OR NEW.table_name IS NOT OLD.table_name
    OR NEW.row_id IS NOT OLD.row_id OR NEW.action IS NOT OLD.action
    OR NEW.old_values IS NOT OLD.old_values OR NEW.new_values IS NOT OLD.new_values
    OR NEW.note IS NOT OLD.note
BEGIN
  SELECT RAISE (ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_log_seal AFTER INSERT ON audit_log BEGIN
  UPDATE audit_log SET (row_hash, hash) = (
    SELECT rh, tt_audit_chain (prev, NEW.at, NEW.actor, NEW.table_name, NEW.row_id, NEW.action,
                               NEW.old_values, NEW.new_values, NEW.note, rh)
    FROM (SELECT tt_record_hash (NEW.table_name, NEW.row_id) AS rh,
                 (SELECT hash FROM audit_log WHERE id < NEW.id ORDER BY id DESC LIMIT 1) AS prev))
  WHERE id = NEW.id;
END;
