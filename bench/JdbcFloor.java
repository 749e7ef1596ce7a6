import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;
import org.sqlite.jdbc4.JDBC4Connection;

/**
 * What any Java program that reads an export's rows through sqlite-jdbc pays at least: the
 * Mailchimp or Brevo rows of event 1, read as Podium reads them (two threads, each with its own
 * read-only, NOMUTEX connection, alternate chunks of 16,384 row ids in storage order, the
 * fields joined by SQLite with 0xFF) and written to a file in order, each field's bytes as
 * they are: no quoting, no neutralising, no address or text checks, no counts, no file made
 * safe on disk. Not Podium, and not a correct export: a floor, timed by
 * {@code bench/export-benchmark.sh} beside {@code sqlite3 -csv} writing the same rows.
 *
 * <p>Usage: {@code java -cp sqlite-jdbc.jar:. JdbcFloor BOOK OUT mailchimp|brevo}
 */
public final class JdbcFloor {
    private static final long CHUNK = 16_384;
    private static final int AHEAD = 4;
    private static final String FILTER = " FROM registration r NOT INDEXED WHERE r.id >= ? AND r.id < ?"
            + " AND event_id = 1 AND status IN ('ATTENDED','NO_SHOW','REGISTERED','WAITLISTED') AND consent <> 0"
            + " AND NOT EXISTS (SELECT 1 FROM suppression s WHERE s.email = r.email_key) ORDER BY r.id";
    private static final ThreadLocal<Connection> CONNECTION = new ThreadLocal<>();

    private JdbcFloor() {
    }

    public static void main(String[] args) throws Exception {
        String book = args[0];
        boolean brevo = args[2].equals("brevo");
        byte delimiter = (byte) (brevo ? ';' : ',');
        byte[] lineEnd = (brevo ? "\r\n" : ",Cities and climate (2026-05-28)\r\n").getBytes();
        String header = brevo ? "EMAIL;FIRSTNAME;LASTNAME\r\n" : "Email Address,First Name,Last Name,Tags\r\n";
        String sql = "SELECT concat_ws(x'ff', email, first_name, last_name)" + FILTER;
        long end;
        try (Connection c = open(book); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT max(id) + 1 FROM registration")) {
            end = rs.getLong(1);
        }
        ExecutorService readers = Executors.newFixedThreadPool(2);
        try (OutputStream out = new BufferedOutputStream(new FileOutputStream(args[1]), 1 << 16)) {
            out.write(header.getBytes());
            // At most AHEAD chunks are read before they are written, as Podium keeps only a few in memory.
            Deque<Future<byte[]>> chunks = new ArrayDeque<>();
            for (long from = 1; from < end || !chunks.isEmpty(); from += CHUNK) {
                if (from < end) {
                    long first = from;
                    chunks.add(readers.submit(() -> chunk(book, sql, first, Math.min(end, first + CHUNK), delimiter, lineEnd)));
                }
                if (chunks.size() == AHEAD || from >= end) {
                    out.write(chunks.remove().get());
                }
            }
        } finally {
            readers.shutdownNow();
        }
    }

    /** The rows with ids in {@code [from, to)}, written into memory on this thread's own connection. */
    private static byte[] chunk(String book, String sql, long from, long to, byte delimiter, byte[] lineEnd)
            throws SQLException, IOException {
        Connection c = CONNECTION.get();
        if (c == null) {
            c = open(book);
            CONNECTION.set(c);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, from);
            ps.setLong(2, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byte[] row = rs.getBytes(1);
                    for (int i = 0; i < row.length; i++) {
                        if (row[i] == (byte) 0xFF) {
                            row[i] = delimiter;
                        }
                    }
                    out.write(row);
                    out.write(lineEnd);
                }
            }
        }
        return out.toByteArray();
    }

    private static Connection open(String book) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.NOMUTEX);
        return new JDBC4Connection("jdbc:sqlite:" + book, book, config.toProperties());
    }
}
