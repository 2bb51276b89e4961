-- The ledger: each account of the fund (cash, bank) opens its book with a balance at a date;
-- the books themselves are never stored, they are computed from the documents. A payment
-- voucher counts its prints, as a receipt does (a reprint is marked BẢN SAO).
CREATE TABLE book_openings (
  account    TEXT PRIMARY KEY CHECK (account IN ('cash', 'bank')),
  opened_on  TEXT NOT NULL,
  amount     INTEGER NOT NULL CHECK (amount >= 0 AND amount <= 999999999999999),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;

ALTER TABLE payment_vouchers ADD COLUMN print_count INTEGER NOT NULL DEFAULT 0 CHECK (print_count >= 0);
CREATE INDEX payment_vouchers_method_date ON payment_vouchers (method, paid_on);
CREATE INDEX donations_method_date ON donations (method, received_on);
