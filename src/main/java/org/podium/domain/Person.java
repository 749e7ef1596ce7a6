package org.podium.domain;

/** Someone the coordinator works with: a speaker, a moderator, a contact. */
public record Person(long id, String honorific, String firstName, String lastName, String email,
                     String phone, String position, Long organisationId, String city,
                     String country, String bio, String notes) {
    public Person {
        honorific = Text.clean(honorific);
        firstName = Text.clean(firstName);
        lastName = Text.clean(lastName);
        if (firstName.isEmpty() && lastName.isEmpty()) {
            throw new InvalidFieldException("name", "invalid.nameRequired");
        }
        email = Emails.clean(email);
        phone = Text.clean(phone);
        position = Text.clean(position);
        city = Text.clean(city);
        country = Text.clean(country);
        bio = Text.clean(bio);
        notes = Text.clean(notes);
    }

    public static Person named(String firstName, String lastName) {
        return new Person(0, "", firstName, lastName, "", "", "", null, "", "", "", "");
    }

    public Person withId(long newId) {
        return new Person(newId, honorific, firstName, lastName, email, phone, position,
                organisationId, city, country, bio, notes);
    }

    public String fullName() {
        return (firstName + " " + lastName).strip();
    }
}
