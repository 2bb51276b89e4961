-- An entry that arrives sealed is not sealed again: a household import computes each entry's
-- hashes in the statement that writes it, instead of writing the entry twice. `check` walks
-- the chain and recomputes every hash, so an entry written with a wrong hash is found as before.
DROP TRIGGER audit_log_seal;
CREATE TRIGGER audit_log_seal AFTER INSERT ON audit_log WHEN NEW.hash IS NULL BEGIN
  UPDATE audit_log SET (row_hash, hash) = (
    SELECT rh, tt_audit_chain (prev, NEW.at, NEW.actor, NEW.table_name, NEW.row_id, NEW.action,
                               NEW.old_values, NEW.new_values, NEW.note, rh)
    FROM (SELECT tt_record_hash (NEW.table_name, NEW.row_id) AS rh,
                 (SELECT hash FROM audit_log WHERE id < NEW.id ORDER BY id DESC LIMIT 1) AS prev))
  WHERE id = NEW.id;
END;
