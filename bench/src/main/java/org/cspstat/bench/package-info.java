/**
 * The benchmark: {@link org.cspstat.bench.Bench} (started by {@code bench/run.sh}) times
 * {@code cspstat compare} end to end against DuckDB ({@link org.cspstat.bench.DuckCount}) and a raw
 * byte read ({@link org.cspstat.bench.RawRead}) on police.uk-format data made by the seeded
 * {@link org.cspstat.bench.Generate}. Not part of the CLI jar; DuckDB is a dependency of this module only.
 */
package org.cspstat.bench;
