package cat.teixit.gui.emergency;

import cat.teixit.gui.common.ErrorKeys;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.UiExecutor;
import cat.teixit.gui.shell.ShellContext;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.emergency.EmergencyAccess;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import lombok.RequiredArgsConstructor;

/**
 * The «Accés d’emergència…» dialog (docs/decisions/0039-break-the-glass.md): the case file's identifier and the
 * reason typed, the answer (the opening and its expiry, or why it was refused). Also the team lead's list of openings.
 * Use from the FX thread.
 */
@RequiredArgsConstructor
public final class EmergencyViewModel {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(I18n.ZONE);

    private final CurrentUser user;
    private final UiExecutor executor;
    private final I18n i18n;
    private final EmergencyAccess emergency;
    /** Starts a sync (or joins the one running); its future completes when it ends, never fails. */
    private final Supplier<CompletableFuture<?>> syncSoon;
    /** The window again with the user's new access, showing the case file. */
    private final ShellContext.Reentry reentry;

    final StringProperty caseFileId = new SimpleStringProperty("");
    final StringProperty reason = new SimpleStringProperty("");
    final StringProperty message = new SimpleStringProperty("");
    final BooleanProperty opened = new SimpleBooleanProperty();
    final BooleanProperty busy = new SimpleBooleanProperty();
    /** The opened case file has arrived and the window is showing it: the dialog closes. */
    final BooleanProperty shown = new SimpleBooleanProperty();

    /**
     * Asks the central server for the opening; the message tells the expiry or why not. Once granted, syncs to
     * fetch the case file (a second time if a sync already running had started before the opening) and shows it in
     * the window entered again; if it cannot come now, the message says it will show at the next sign-in.
     */
    public void open() {
        String id = caseFileId.get();
        busy.set(true);
        String why = reason.get();
        executor.run(() -> emergency.open(user, id, why), o -> {
            busy.set(false);
            opened.set(true);
            message.set(i18n.t("emergency.opened", WHEN.format(o.expiresAt())));
            UUID caseFile = o.caseFileId();
            afterSync().thenCompose(x -> emergency.arrived(caseFile) ? CompletableFuture.completedFuture(true)
                            : afterSync().thenApply(y -> emergency.arrived(caseFile)))
                    .exceptionally(e -> false)
                    .thenAccept(arrived -> executor.onUiThread(() -> {
                        if (arrived) {
                            shown.set(true);
                            reentry.showing(o.caseFileId());
                        } else {
                            message.set(i18n.t("emergency.openedLater", WHEN.format(o.expiresAt())));
                        }
                    }));
        }, e -> {
            busy.set(false);
            message.set(ErrorKeys.describe(i18n, e));
        });
    }

    /** The end of a sync started now (or of the one running), whatever its outcome. */
    private CompletableFuture<Void> afterSync() {
        return syncSoon.get().handle((r, e) -> (Void) null);
    }

    /**
     * The team lead's list, one line an opening (newest first); a line saying none, that they show once connected to
     * the central server, or that the server could not list them.
     */
    public void loadFlagged(java.util.function.Consumer<List<String>> shown) {
        executor.run(() -> emergency.flagged(user), flagged -> shown.accept(flagged
                .map(list -> list.isEmpty() ? List.of(i18n.t("emergency.flagged.none"))
                        : list.stream().map(f -> i18n.t("emergency.flagged.line", f.username(), f.userTeam(), f.scope(),
                                WHEN.format(f.openedAt()), WHEN.format(f.expiresAt()), f.reason())).toList())
                .orElseGet(() -> List.of(i18n.t("emergency.flagged.offline")))),
                e -> shown.accept(List.of(i18n.t("emergency.flagged.unavailable"))));
    }
}
