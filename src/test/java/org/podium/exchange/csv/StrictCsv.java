package org.podium.exchange.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * A deliberately unforgiving RFC 4180 reader for tests: one delimiter, one line ending, a quote
 * only around a whole field, every record as wide as the header, and a line ending after the
 * last record. Anything else fails the test instead of being guessed at.
 */
public final class StrictCsv {
    private StrictCsv() {
    }

    public static List<List<String>> parse(String text, char delimiter, String lineEnd) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        int n = text.length();
        if (n == 0 || !text.endsWith(lineEnd)) {
            throw new AssertionError("the file must end with " + visible(lineEnd));
        }
        while (i < n) {
            if (text.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= n) {
                        throw new AssertionError("unterminated quoted field in record " + (records.size() + 1));
                    }
                    char c = text.charAt(i);
                    if (c == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    field.append(c);
                    i++;
                }
                if (i < n && text.charAt(i) != delimiter && !text.startsWith(lineEnd, i)) {
                    throw new AssertionError("text after a closing quote in record " + (records.size() + 1)
                            + " at offset " + i);
                }
            } else {
                while (i < n && text.charAt(i) != delimiter && !text.startsWith(lineEnd, i)) {
                    char c = text.charAt(i);
                    if (c == '"' || c == '\r' || c == '\n') {
                        throw new AssertionError("unquoted field holds " + visible(String.valueOf(c))
                                + " in record " + (records.size() + 1) + " at offset " + i);
                    }
                    field.append(c);
                    i++;
                }
            }
            record.add(field.toString());
            field.setLength(0);
            if (i < n && text.charAt(i) == delimiter) {
                i++;
            } else {
                i += lineEnd.length();
                if (!records.isEmpty() && record.size() != records.get(0).size()) {
                    throw new AssertionError("record " + (records.size() + 1) + " has " + record.size()
                            + " fields, the header " + records.get(0).size() + ": " + record);
                }
                records.add(List.copyOf(record));
                record.clear();
            }
        }
        return records;
    }

    private static String visible(String s) {
        return s.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
    }
}
