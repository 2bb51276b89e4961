-- What the completion inspection found, printed on its record: the team, the floor area, the
-- floor, frame, walls and roof, and whether the house meets "3 cứng" (hard floor, frame, roof).
ALTER TABLE housing_projects ADD COLUMN inspection_team TEXT;
ALTER TABLE housing_projects ADD COLUMN area_m2 REAL CHECK (area_m2 IS NULL OR (area_m2 > 0 AND area_m2 < 10000));
ALTER TABLE housing_projects ADD COLUMN floor TEXT;
ALTER TABLE housing_projects ADD COLUMN frame TEXT;
ALTER TABLE housing_projects ADD COLUMN walls TEXT;
ALTER TABLE housing_projects ADD COLUMN roof TEXT;
ALTER TABLE housing_projects ADD COLUMN three_hard INTEGER CHECK (three_hard IS NULL OR three_hard IN (0, 1));
