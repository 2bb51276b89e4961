-- The table of support kinds that may go together is the office's to change, and each change is
-- logged. A household holds one card per member: cards beside cards are allowed.
INSERT OR IGNORE INTO support_combinations (kind_a, kind_b) VALUES ('bhyt', 'bhyt');
