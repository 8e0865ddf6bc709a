package io.kubeledger;

/**
 * The one run at a time of a job database: taken before the run touches anything (its
 * tables, its outputs), held while the process lives, and released when it exits or dies,
 * by the database or the operating system rather than by the run, so a killed run never
 * leaves it taken. See {@link RunLocks}.
 */
interface RunLock extends AutoCloseable {

    @Override
    void close();

}
