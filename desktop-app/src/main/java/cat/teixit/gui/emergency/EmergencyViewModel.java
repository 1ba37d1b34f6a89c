package cat.teixit.gui.emergency;

import cat.teixit.gui.common.ErrorKeys;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.UiExecutor;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.emergency.EmergencyAccess;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The «Accés d’emergència…» dialog (docs/decisions/0039-break-the-glass.md): the case file's identifier and the
 * reason typed, the answer (the opening and its expiry, or why it was refused). Also the team lead's list of openings.
 * Use from the FX thread.
 */
public final class EmergencyViewModel {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(I18n.ZONE);

    private final CurrentUser user;
    private final UiExecutor executor;
    private final I18n i18n;
    private final EmergencyAccess emergency;
    private final Runnable afterOpening;

    final StringProperty caseFileId = new SimpleStringProperty("");
    final StringProperty reason = new SimpleStringProperty("");
    final StringProperty message = new SimpleStringProperty("");
    final BooleanProperty opened = new SimpleBooleanProperty();
    final BooleanProperty busy = new SimpleBooleanProperty();

    public EmergencyViewModel(CurrentUser user, UiExecutor executor, I18n i18n, EmergencyAccess emergency,
            Runnable afterOpening) {
        this.user = user;
        this.executor = executor;
        this.i18n = i18n;
        this.emergency = emergency;
        this.afterOpening = afterOpening;
    }

    /** Asks the central server for the opening; the message tells the expiry or why not. */
    public void open() {
        String id = caseFileId.get();
        busy.set(true);
        String why = reason.get();
        executor.run(() -> emergency.open(user, id, why), o -> {
            busy.set(false);
            opened.set(true);
            message.set(i18n.t("emergency.opened", WHEN.format(o.expiresAt())));
            afterOpening.run();
        }, e -> {
            busy.set(false);
            message.set(ErrorKeys.describe(i18n, e));
        });
    }

    /** The team lead's list, one line an opening (newest first); a line saying none, or why it cannot be read. */
    public void loadFlagged(java.util.function.Consumer<List<String>> shown) {
        executor.run(() -> emergency.flagged(user), list -> shown.accept(list.isEmpty()
                ? List.of(i18n.t("emergency.flagged.none"))
                : list.stream().map(f -> i18n.t("emergency.flagged.line", f.username(), f.userTeam(), f.scope(),
                        WHEN.format(f.openedAt()), WHEN.format(f.expiresAt()), f.reason())).toList()),
                e -> shown.accept(List.of(i18n.t("emergency.flagged.unavailable"))));
    }
}
