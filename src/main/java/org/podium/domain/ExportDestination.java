package org.podium.domain;

/**
 * Where an exported registrant list is going: a mailing tool or contact book, a spreadsheet,
 * or Podium's own full archive. The file layout of each lives in the exchange layer.
 */
public enum ExportDestination {
    MAILCHIMP(true), BREVO(true), OUTLOOK(true), GOOGLE(true), EXCEL(false), FULL(false);

    private final boolean mailingTool;

    ExportDestination(boolean mailingTool) {
        this.mailingTool = mailingTool;
    }

    /**
     * Whether the file feeds a tool that sends mail: such files leave out addresses that
     * cannot or should not be mailed (invalid ones, and role addresses unless asked), while a
     * spreadsheet or the archive keeps every row and only counts them.
     */
    public boolean isMailingTool() {
        return mailingTool;
    }
}
