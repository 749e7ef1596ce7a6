package org.podium.store;

import java.sql.SQLException;

/** Why a server did not open a team book, told from the SQL state it or the driver gave, in the user's terms. */
final class TeamBookRefusal {
    private TeamBookRefusal() {
    }

    /** Why the server refused, by the SQL state as {@link #describe} tells it. */
    static BookRefusedException.Reason reason(SQLException e) {
        String state = String.valueOf(e.getSQLState());
        // 08004: the driver had no password to give a server that asks for one; the server was reached.
        if (state.equals("28P01") || state.equals("28000") || state.equals("08004")) {
            return BookRefusedException.Reason.LOGIN_REFUSED;
        }
        if (ConnectionLostException.busy(state)) {
            return BookRefusedException.Reason.BUSY;
        }
        if (state.startsWith("08")) {
            return BookRefusedException.Reason.UNREACHABLE;
        }
        return state.equals("3D000") ? BookRefusedException.Reason.NO_DATABASE : BookRefusedException.Reason.OTHER;
    }

    /** What went wrong opening, in the user's terms, decided on the SQL state the server or driver gave. */
    static String describe(TeamAddress address, SQLException e) {
        return switch (reason(e)) {
            case UNREACHABLE -> "Cannot reach the PostgreSQL server at " + address.server() + " for the team book "
                    + address + " (" + firstLine(e) + "). Check the host and port, and that the server is running.";
            case BUSY -> busy(address, e) + " Try again in a moment; if it lasts, ask the server's administrator.";
            // The driver's own refusal before asking the server, above all a password it does not have.
            case LOGIN_REFUSED -> "08004".equals(e.getSQLState()) ? "The PostgreSQL server at " + address.server()
                    + " asks for the password of the user " + address.user() + " for the team book " + address
                    + ", and none was found (" + firstLine(e) + "). Put it in ~/.pgpass (or the file PGPASSFILE names;"
                    + " it is ignored if others may read it) or in PGPASSWORD, or type it in File → Open team book…."
                    : "The PostgreSQL server at " + address.server() + " refused the user " + address.user()
                    + " for the team book " + address + " (" + firstLine(e) + "). Check the user and the password"
                    + " in ~/.pgpass (or the file PGPASSFILE names; it is ignored if others may read it).";
            case NO_DATABASE -> "There is no database " + address.database() + " on the PostgreSQL server at "
                    + address.server() + "; ask its administrator to create it (an empty database becomes a team book).";
            default -> "Cannot open the team book " + address + ": " + firstLine(e);
        };
    }

    /** A server that was reached but takes no connection now, said in one sentence. */
    static String busy(TeamAddress address, SQLException e) {
        // The pool's own timeout carries the server's refusal, which says more than "timed out".
        SQLException server = e.getCause() instanceof SQLException refusal ? refusal : e;
        return "The PostgreSQL server at " + address.server() + " is busy and takes no more connections now for the"
                + " team book " + address + " (" + firstLine(server) + ").";
    }

    static String firstLine(SQLException e) {
        String message = String.valueOf(e.getMessage()).strip();
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
