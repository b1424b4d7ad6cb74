/**
 * Benchmark commands (not tests): a data generator, a UIDL-level load client with a ladder mode, the live heap per
 * session and PDF render times, each a {@code main} run by {@code bench/*.sh}. See {@code docs/benchmarks.md}.
 */
package org.guildhall.bench;
