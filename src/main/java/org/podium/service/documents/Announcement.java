package org.podium.service.documents;

import java.util.List;

/**
 * Every fact of an event's invitation, made ready in one language for the templates to lay out:
 * names joined, dates and times written in the reader's language, sections with no data empty,
 * so a template never computes and never prints an empty heading.
 *
 * @param lang "en" or "it", the language the texts are in
 * @param heading the title that leads (in Italian the second-language title, when there is one)
 * @param subheadings the other titles and the subtitle, in order
 * @param kind the kind of event in words ("webinar", "panel")
 * @param hosts the organisations that invite (organisers and co-organisers)
 * @param partners research and other partners ("in cooperation with")
 * @param cities participating cities
 * @param funders the funders named on the event, else the series' funder
 * @param project the series' name, empty when the event has none
 * @param projectPage the series' web page
 * @param date the weekday and date in the event's zone ("Thursday, 28 May 2020")
 * @param span the time range with the zone's abbreviation ("10:00 – 11:00 (CEST)")
 * @param elsewhere the start in the audience's other zones ("09:00 in London (BST)")
 * @param platform where the event takes place, empty when unknown
 * @param registrationUrl the registration link, empty when there is none yet
 * @param accessUrl the access link, empty when there is none
 * @param paragraphs the description, one entry a paragraph
 * @param speakers the confirmed and invited speakers, in panel order
 * @param agenda the run-of-show, empty when there is none
 * @param isPublic whether the event is public
 * @param recorded whether the event is recorded
 * @param goals the Sustainable Development Goals the event supports
 * @param concluded whether the event is over (the page becomes its record)
 * @param recordingUrl the recording, empty when not published
 * @param reportUrl the report, empty when not published
 * @param tag the tag the export gives this event's registrants ("Title (2020-05-28)")
 */
public record Announcement(String lang, String heading, List<String> subheadings, String kind,
                           Names hosts, Names partners, Names cities, Names funders,
                           String project, String projectPage,
                           String date, String span, List<String> elsewhere,
                           String platform, String registrationUrl, String accessUrl,
                           List<String> paragraphs, List<Speaker> speakers, List<Slot> agenda,
                           boolean isPublic, boolean recorded, List<Goal> goals,
                           boolean concluded, String recordingUrl, String reportUrl, String tag) {

    public Announcement {
        subheadings = List.copyOf(subheadings);
        elsewhere = List.copyOf(elsewhere);
        paragraphs = List.copyOf(paragraphs);
        speakers = List.copyOf(speakers);
        agenda = List.copyOf(agenda);
        goals = List.copyOf(goals);
    }

    /** A speaker as the invitation names them. */
    public record Speaker(String name, String position, String organisation, String role, boolean moderator) {
        /** "Policy Analyst at Migration Policy Institute Europe", or whichever of the two is known. */
        public String about(String at) {
            if (position.isEmpty()) {
                return organisation;
            }
            return organisation.isEmpty() ? position : position + " " + at + " " + organisation;
        }
    }

    /** One item of the run-of-show, with its computed start. */
    public record Slot(String start, String title, int minutes, String speakers) {
    }

    /** A Sustainable Development Goal with its official colour. */
    public record Goal(int number, String name, String colour) {
    }

    /** Names listed in a sentence: "A, B and C". */
    public record Names(List<String> all) {
        public Names {
            all = List.copyOf(all);
        }

        public boolean isEmpty() {
            return all.isEmpty();
        }

        public boolean isPlural() {
            return all.size() > 1;
        }

        /** The names joined as a sentence reads them, each after {@code article} when it is given. */
        public String joined(String article, String and) {
            List<String> named = all.stream().map(n -> article.isEmpty() ? n : article + " " + n).toList();
            if (named.size() <= 1) {
                return String.join("", named);
            }
            return String.join(", ", named.subList(0, named.size() - 1)) + " " + and + " " + named.get(named.size() - 1);
        }

        public String joined(String and) {
            return joined("", and);
        }
    }

    public boolean hasLinks() {
        return !recordingUrl.isEmpty() || !reportUrl.isEmpty();
    }

    /** The text with its first letter in capitals ("the IOM …" opening a sentence). */
    public static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + text.substring(1);
    }

    /**
     * The text broken into lines of at most {@code width} characters at spaces, for plain-text
     * mail; a word longer than a line (a link) stays whole on a line of its own. Linear in the text.
     */
    public static String wrap(String text, int width) {
        return wrap(text, width, "");
    }

    /** The text wrapped as {@link #wrap(String, int)}, each line after the first indented by {@code hang}. */
    public static String wrap(String text, int width, String hang) {
        StringBuilder out = new StringBuilder(text.length() + text.length() / width + 1);
        int lineLength = 0;
        for (String word : text.split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            if (lineLength > 0 && lineLength + 1 + word.length() > width) {
                out.append('\n').append(hang);
                lineLength = hang.length();
            } else if (lineLength > 0) {
                out.append(' ');
                lineLength++;
            }
            out.append(word);
            int newline = word.lastIndexOf('\n');
            lineLength = newline < 0 ? lineLength + word.length() : word.length() - newline - 1;
        }
        return out.toString();
    }
}
