package org.podium.cli.events;

import org.podium.cli.common.BadInputException;
import org.podium.domain.Person;
import org.podium.service.Book;
import org.podium.service.common.NotFoundException;

/** A person named on the command line by id ("12") or by email ("ana@example.org"). */
final class PersonRef {
    private final String field;
    private final String text;
    private final Long id;

    private PersonRef(String field, String text, Long id) {
        this.field = field;
        this.text = text.strip();
        this.id = id;
    }

    /** Checks the shape before the book is opened, so bad usage changes nothing. */
    static PersonRef parse(String field, String text) {
        String value = text.strip();
        if (value.contains("@")) {
            return new PersonRef(field, value, null);
        }
        try {
            return new PersonRef(field, value, Long.parseLong(value));
        } catch (NumberFormatException e) {
            throw new BadInputException(field + ": '" + text + "' is neither a person's id (a whole number) nor an email");
        }
    }

    /** The live person it names; none is a {@link NotFoundException} naming what was given. */
    Person resolve(Book book) {
        if (id != null) {
            return book.directory().person(id)
                    .orElseThrow(() -> new NotFoundException(field + ": there is no person " + id + "."));
        }
        return book.directory().personByEmail(text)
                .orElseThrow(() -> new NotFoundException(field + ": there is no person with the email " + text + "."));
    }
}
