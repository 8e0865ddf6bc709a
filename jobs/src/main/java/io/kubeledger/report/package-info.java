/**
 * The month's reports, built from the lake alone (read with DuckDB): coverage,
 * like-for-like comparisons, forecast and budgets, the workbook, the executive report and
 * one statement per team, printed to the cent.
 */
package io.kubeledger.report;
