package org.podium.exchange.csv;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.podium.domain.Phrase;

/**
 * Decides how a file's bytes are text: a byte-order mark says so (UTF-8, UTF-16LE/BE); else a
 * file that is valid UTF-8 is UTF-8; else one that is mostly not is Windows-1252, with a notice.
 * The whole file is scanned, a buffer at a time, because one accented letter on the last line
 * decides it. Files that are not text at all (a workbook, a PDF) are refused by name.
 */
public final class EncodingDetector {
    private static final int BUFFER = 1 << 16;

    private EncodingDetector() {
    }

    public static TextEncoding detect(ByteSource source) {
        try (InputStream in = source.open()) {
            byte[] buffer = new byte[BUFFER];
            int head = in.readNBytes(buffer, 0, BUFFER);
            if (head == 0) {
                throw new CsvReadException(1, "problem.file.empty");
            }
            TextEncoding marked = byBom(buffer, head);
            if (marked != null) {
                return marked;
            }
            refuseBinary(buffer, head);
            TextEncoding utf16 = utf16WithoutBom(buffer, head);
            if (utf16 != null) {
                return utf16;
            }
            Utf8Scan scan = new Utf8Scan();
            int n = head;
            while (n > 0) {
                scan.feed(buffer, n);
                n = in.readNBytes(buffer, 0, BUFFER);
            }
            scan.finish();
            return scan.decide();
        } catch (IOException e) {
            throw CsvReadException.cannotRead(source, e);
        }
    }

    /** Why a file cannot be read; the system's own words when Podium has none for it. */
    static Phrase reason(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return Phrase.of("problem.reason.noSuchFile");
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return Phrase.of("problem.reason.denied");
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return Phrase.of("problem.reason.system", f.getReason());
        }
        return Phrase.of("problem.reason.system",
                e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    private static TextEncoding byBom(byte[] b, int n) {
        if (n >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0
                || n >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
            throw new CsvReadException(1, "problem.file.utf32");
        }
        if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new TextEncoding(StandardCharsets.UTF_8, 3, "UTF-8 with BOM", null);
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new TextEncoding(StandardCharsets.UTF_16LE, 2, "UTF-16LE with BOM", null);
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new TextEncoding(StandardCharsets.UTF_16BE, 2, "UTF-16BE with BOM", null);
        }
        return null;
    }

    private static void refuseBinary(byte[] b, int n) {
        if (startsWith(b, n, 'P', 'K', 3, 4)) {
            throw new CsvReadException(1, "problem.file.xlsx");
        }
        if (startsWith(b, n, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new CsvReadException(1, "problem.file.xls");
        }
        if (startsWith(b, n, '%', 'P', 'D', 'F')) {
            throw new CsvReadException(1, "problem.file.pdf");
        }
    }

    private static boolean startsWith(byte[] b, int n, int... magic) {
        if (n < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** Text such as "E\0m\0a\0i\0l\0" without a mark: mostly zero bytes on one side of each pair. */
    private static TextEncoding utf16WithoutBom(byte[] b, int n) {
        int pairs = Math.min(n, 4096) / 2;
        if (pairs < 2) {
            return null;
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < pairs * 2; i += 2) {
            zeroEven += b[i] == 0 ? 1 : 0;
            zeroOdd += b[i + 1] == 0 ? 1 : 0;
        }
        if (zeroOdd * 10 >= pairs * 4 && zeroEven * 20 <= pairs) {
            return new TextEncoding(StandardCharsets.UTF_16LE, 0, "UTF-16LE", null);
        }
        if (zeroEven * 10 >= pairs * 4 && zeroOdd * 20 <= pairs) {
            return new TextEncoding(StandardCharsets.UTF_16BE, 0, "UTF-16BE", null);
        }
        return null;
    }

    /**
     * Counts well-formed multi-byte UTF-8 sequences and malformed bytes, and finds NUL bytes.
     * Runs of plain ASCII, most of a registrant file, are passed over eight bytes at a time
     * ({@link #feed}); {@link #feedByteByByte} is the same count without that shortcut.
     */
    static final class Utf8Scan {
        private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
                ByteOrder.LITTLE_ENDIAN);
        private static final long HIGH_BITS = 0x8080808080808080L;
        private static final long LOW_BITS = 0x7F7F7F7F7F7F7F7FL;
        private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
        private long line = 1;
        private long valid;
        private long invalid;
        private int need;
        private int low = 0x80;
        private int high = 0xBF;

        void feed(byte[] buffer, int n) {
            int i = 0;
            while (i < n) {
                if (need == 0 && i <= n - Long.BYTES) {
                    long word = (long) LONGS.get(buffer, i);
                    // Eight ASCII bytes, none of them NUL: only their line breaks count.
                    if ((word & HIGH_BITS) == 0 && nonZeroBytes(word) == Long.BYTES) {
                        line += Long.BYTES - nonZeroBytes(word ^ NEWLINES);
                        i += Long.BYTES;
                        continue;
                    }
                }
                feed(buffer[i++] & 0xFF);
            }
        }

        void feedByteByByte(byte[] buffer, int n) {
            for (int i = 0; i < n; i++) {
                feed(buffer[i] & 0xFF);
            }
        }

        /** How many of the eight bytes of an ASCII word (no high bit set) are not zero. */
        private static int nonZeroBytes(long asciiWord) {
            // Adding 0x7F to each byte's low seven bits sets its high bit unless they are all zero; no byte carries.
            return Long.bitCount(((asciiWord & LOW_BITS) + LOW_BITS) & HIGH_BITS);
        }

        private void feed(int u) {
            if (need > 0) {
                if (u >= low && u <= high) {
                    low = 0x80;
                    high = 0xBF;
                    if (--need == 0) {
                        valid++;
                    }
                    return;
                }
                invalid++;
                need = 0;
                low = 0x80;
                high = 0xBF;
            }
            lead(u);
        }

        /** What the scan has counted, to compare two scans of the same bytes. */
        String counts() {
            return "line " + line + ", valid " + valid + ", invalid " + invalid + ", need " + need;
        }

        private void lead(int u) {
            if (u < 0x80) {
                if (u == '\n') {
                    line++;
                } else if (u == 0) {
                    throw new CsvReadException(line, "problem.file.nul", line);
                }
            } else if (u >= 0xC2 && u <= 0xDF) {
                expect(1, 0x80, 0xBF);
            } else if (u == 0xE0) {
                expect(2, 0xA0, 0xBF);
            } else if (u == 0xED) {
                expect(2, 0x80, 0x9F);
            } else if (u >= 0xE1 && u <= 0xEF) {
                expect(2, 0x80, 0xBF);
            } else if (u == 0xF0) {
                expect(3, 0x90, 0xBF);
            } else if (u >= 0xF1 && u <= 0xF3) {
                expect(3, 0x80, 0xBF);
            } else if (u == 0xF4) {
                expect(3, 0x80, 0x8F);
            } else {
                invalid++;
            }
        }

        private void expect(int continuation, int lowFirst, int highFirst) {
            need = continuation;
            low = lowFirst;
            high = highFirst;
        }

        void finish() {
            if (need > 0) {
                invalid++;
            }
        }

        /**
         * Valid UTF-8 is UTF-8. A file with no multi-byte sequence but bytes above 0x7F is an
         * 8-bit file. When both appear, the majority decides: a UTF-8 file with a few damaged
         * bytes keeps its letters, and the damaged rows are reported rather than re-read wrongly.
         */
        TextEncoding decide() {
            if (invalid == 0 || valid >= invalid) {
                return TextEncoding.utf8();
            }
            return new TextEncoding(TextEncoding.WINDOWS_1252, 0, "Windows-1252",
                    Phrase.of("problem.notice.windows1252"));
        }
    }
}
