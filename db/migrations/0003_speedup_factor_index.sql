CREATE INDEX `claims_speedup_factor` ON `claims` (`kind`,(CASE WHEN value > 0 AND value < 1 AND coalesce(value_high, value) < 1 THEN 1.0 / value ELSE max(value, coalesce(value_high, value)) END));
