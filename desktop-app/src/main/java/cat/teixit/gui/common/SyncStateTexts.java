package cat.teixit.gui.common;

import cat.teixit.logic.sync.SyncService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Where the data stands with the server, in words: the connection and when something happened
 * ("09:42" today, a date before). Shared by the status bar and the Sync area. Use from the FX thread.
 */
public final class SyncStateTexts {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private final I18n i18n;

    public SyncStateTexts(I18n i18n) {
        this.i18n = i18n;
    }

    public String connection(SyncService.Connection c, boolean running) {
        if (running) {
            return i18n.t("syncArea.connection.syncing");
        }
        return switch (c) {
            case NOT_CONFIGURED -> i18n.t("status.sync.notConfigured");
            case UNKNOWN -> i18n.t("syncArea.connection.unknown");
            case ONLINE -> i18n.t("syncArea.connection.online");
            case OFFLINE -> i18n.t("syncArea.connection.offline");
            case LOGIN_REFUSED -> i18n.t("syncArea.connection.loginRefused");
            case UPGRADE_REQUIRED -> i18n.t("syncArea.connection.upgrade");
            case SERVER_ERROR -> i18n.t("syncArea.connection.serverError");
        };
    }

    /** "never", "09:42" today, or "24/11/2026 09:42". */
    public String when(Instant at) {
        if (at == null) {
            return i18n.t("syncArea.never");
        }
        ZonedDateTime t = at.atZone(I18n.ZONE);
        String time = t.format(HOUR);
        return t.toLocalDate().equals(LocalDate.now(I18n.ZONE)) ? time : i18n.formatDate(t.toLocalDate()) + " " + time;
    }
}
