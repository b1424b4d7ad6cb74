-- Issue 18, the certification report: the day a certification was last renewed, so renewals are counted in the
-- month they happened. Renewals before this column have no recorded day: they take the day their new cycle began
-- (the previous expiry), the nearest date the data holds.
ALTER TABLE certification
    ADD COLUMN renewed_on DATE NULL;

UPDATE certification SET renewed_on = cycle_starts_on WHERE cycle_number > 1;
