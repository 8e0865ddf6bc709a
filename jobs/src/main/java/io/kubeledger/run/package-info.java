/**
 * What every step knows of the run it is part of: its window of days, its pool of threads
 * ({@link io.kubeledger.run.IndependentTasks}) and the SQL and data files under
 * {@code sql/}. It uses no other package of the job.
 */
package io.kubeledger.run;
