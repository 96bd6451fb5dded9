-- Issue 21 (the register's structure edited by the integrity officer): the scales' level names
-- and each matrix level's text colour, kept as data per register like the rest of the matrix.
--
-- A level is shown as its colour with its name written on it in its text colour: the pair must
-- reach WCAG AA contrast (4.5:1), which the portal checks when an officer chooses a colour.

ALTER TABLE risk_levels
  ADD COLUMN text_colour text NOT NULL DEFAULT '#0b0c0c' CHECK (text_colour IN ('#0b0c0c', '#ffffff'));
-- The default levels' dark green and red carry white text (5.1:1 and 5.6:1); amber and orange dark.
UPDATE risk_levels SET text_colour = '#ffffff' WHERE colour IN ('#2e7d32', '#c62828');

-- The names of the points of a register's likelihood and impact scales (1 .. the scale's max).
-- A point without a row is shown by its number.
CREATE TABLE risk_scale_points (
  register_id uuid NOT NULL REFERENCES risk_registers (id) ON DELETE CASCADE,
  axis text NOT NULL CHECK (axis IN ('likelihood', 'impact')),
  value integer NOT NULL CHECK (value BETWEEN 1 AND 10),
  name_th text NOT NULL CHECK (length(name_th) BETWEEN 1 AND 50),
  name_en text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 50),
  PRIMARY KEY (register_id, axis, value)
);
