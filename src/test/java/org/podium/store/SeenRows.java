package org.podium.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.podium.domain.ContactFields;
import org.podium.domain.FieldText;
import org.podium.domain.RegistrantField;

/**
 * What an {@link ExportSource} streamed: each row as one line of text holding everything it
 * offers at the level of fields read, in written order, with the threads that took rows.
 */
record SeenRows(ExportSource.Tally tally, long registrations, List<String> rows, Set<String> threads) {
    /** The fields a row gives as text ({@link FieldText#of}). */
    private static final List<RegistrantField> TEXTS = List.of(RegistrantField.EMAIL, RegistrantField.FIRST_NAME,
            RegistrantField.LAST_NAME, RegistrantField.ORGANISATION, RegistrantField.JOB_TITLE, RegistrantField.CITY,
            RegistrantField.COUNTRY, RegistrantField.LANGUAGE, RegistrantField.REGISTERED_AT, RegistrantField.SOURCE,
            RegistrantField.STATUS, RegistrantField.DURATION, RegistrantField.CONSENT, RegistrantField.CONSENT_AT,
            RegistrantField.CONSENT_SOURCE, RegistrantField.ANSWERS, RegistrantField.NOTES);
    private static final Set<RegistrantField> NAMES = Set.of(RegistrantField.EMAIL, RegistrantField.FIRST_NAME,
            RegistrantField.LAST_NAME);

    static SeenRows of(ExportSource source, ExportSource.Filter filter, ExportSource.Fields fields) {
        List<String> written = new ArrayList<>();
        Set<String> threads = Collections.synchronizedSet(new HashSet<>());
        long[] registrations = {-1};
        ExportSource.Tally tally = source.stream(filter, fields, new ExportSource.Rows<List<String>>() {
            @Override
            public void start(long count) {
                if (!written.isEmpty()) {
                    throw new AssertionError("the count came after rows");
                }
                registrations[0] = count;
            }

            @Override
            public ExportSource.Part<List<String>> part() {
                return new ExportSource.Part<>() {
                    private List<String> rows = new ArrayList<>();

                    @Override
                    public void row(ExportSource.Row row) {
                        if (registrations[0] < 0) {
                            throw new AssertionError("a row came before the count");
                        }
                        threads.add(Thread.currentThread().getName());
                        rows.add(line(row, fields));
                    }

                    @Override
                    public List<String> piece() {
                        List<String> done = rows;
                        rows = new ArrayList<>();
                        return done;
                    }
                };
            }

            @Override
            public void write(List<String> piece, long done) {
                written.addAll(piece);
            }
        });
        return new SeenRows(tally, registrations[0], written, threads);
    }

    private static String line(ExportSource.Row row, ExportSource.Fields fields) {
        ContactFields c = row.contact();
        String line = row.eventIds() + "|" + row.email() + "|" + row.firstName() + "|" + row.lastName() + "|"
                + c.email() + "|" + c.firstName() + "|" + c.lastName();
        if (fields != ExportSource.Fields.NAMES) {
            line += "|" + c.organisation() + "|" + c.jobTitle() + "|" + c.city() + "|" + c.country();
        }
        if (fields == ExportSource.Fields.EVERY) {
            line += "|" + row.registration();
        }
        // Each field's text as a writer takes it (FieldText), for the fields read.
        for (RegistrantField field : TEXTS) {
            if (fields == ExportSource.Fields.EVERY || FieldText.isContact(field)
                    && (fields == ExportSource.Fields.CONTACT || NAMES.contains(field))) {
                line += "|" + field + "=" + row.field(field);
            }
        }
        return line;
    }
}
