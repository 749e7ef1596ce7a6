package org.podium.store;

/**
 * What both engines' registration writers keep alike: the counts of what the work did, and
 * whether it was finished or abandoned.
 */
abstract class CountingRegistrationWriter implements RegistrationWriter {
    long inserted;
    long updated;
    long unchanged;
    long repeated;
    boolean finished;
    boolean abandoned;

    @Override
    public void abandon() {
        abandoned = true;
    }

    @Override
    public final long inserted() {
        return inserted;
    }

    @Override
    public final long updated() {
        return updated;
    }

    @Override
    public final long unchanged() {
        return unchanged;
    }

    @Override
    public final long repeated() {
        return repeated;
    }
}
