package cat.teixit.gui.home;

import cat.teixit.gui.common.EnumLabels;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.UiExecutor;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.status.WorkstationStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleLongProperty;
import lombok.RequiredArgsConstructor;

/** What a professional sees first at 8:55: greeting, today, the state of the local data. Use from the FX thread. */
@RequiredArgsConstructor
public final class HomeViewModel {

    private final CurrentUser user;
    private final WorkstationStatus status;
    private final UiExecutor executor;
    private final Clock clock;
    private final ZoneId zone;
    public final LongProperty pendingChanges = new SimpleLongProperty();

    public CurrentUser user() {
        return user;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** Translation key of the greeting for the time of day. */
    public String greetingKey() {
        LocalTime now = LocalTime.now(clock.withZone(zone));
        if (now.isBefore(LocalTime.of(14, 0))) {
            return "home.greeting.morning";
        }
        return now.isBefore(LocalTime.of(20, 0)) ? "home.greeting.afternoon" : "home.greeting.evening";
    }

    /** The given name: the first word of the display name. */
    public String givenName() {
        String name = user.displayName().strip();
        int space = name.indexOf(' ');
        return space > 0 ? name.substring(0, space) : name;
    }

    /** The user's roles, translated and joined ("Treballador/a social, Coordinador/a"). */
    public String roleNames(I18n i18n) {
        return String.join(", ", user.roles().stream().sorted().map(r -> i18n.t(EnumLabels.role(r))).toList());
    }

    public void refresh() {
        executor.run(status::pendingChanges, pendingChanges::set, e -> { /* keep the last figure */ });
    }
}
