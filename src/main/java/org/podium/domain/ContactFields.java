package org.podium.domain;

/**
 * The fields of a registrant that a mailing tool or a contact book takes: what an export reads
 * when it needs no more, and what every {@link Registration} has.
 */
public interface ContactFields {
    String email();

    String firstName();

    String lastName();

    String organisation();

    String jobTitle();

    String city();

    String country();
}
