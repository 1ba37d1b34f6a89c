package cat.teixit.gui.icon;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.experimental.Accessors;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Every icon the interface uses, in one place (Material Design 2 through Ikonli). */
@RequiredArgsConstructor
@Accessors(fluent = true)
public enum AppIcon {
    HOME(Material2AL.HOME),
    CASE_FILES(Material2AL.FOLDER_SHARED),
    AGENDA(Material2AL.EVENT),
    GROUPS(Material2AL.GROUPS),
    DOCUMENTS(Material2AL.DESCRIPTION),
    AIDS(Material2AL.EURO),
    RESOURCES(Material2AL.BOOK),
    REPORTS(Material2AL.INSERT_CHART),
    SYNC(Material2MZ.SYNC),
    SETTINGS(Material2MZ.SETTINGS),
    USER(Material2AL.ACCOUNT_CIRCLE),
    LOGOUT(Material2AL.EXIT_TO_APP),
    LIGHT_MODE(Material2MZ.WB_SUNNY),
    DARK_MODE(Material2AL.BRIGHTNESS_4),
    KEYBOARD(Material2AL.KEYBOARD),
    OFFLINE(Material2AL.CLOUD_OFF),
    ONLINE(Material2AL.CLOUD_DONE),
    PENDING(Material2MZ.SCHEDULE),
    LOCK(Material2AL.LOCK),
    INFO(Material2AL.INFO),
    STORAGE(Material2MZ.STORAGE),
    SEARCH(Material2MZ.SEARCH),
    INTERVENTION(Material2AL.FORUM),
    DEMAND(Material2AL.ASSIGNMENT),
    ASSESSMENT(Material2AL.FACT_CHECK),
    REFERRAL(Material2MZ.SEND),
    PERSON(Material2MZ.PERSON),
    PERSON_ADD(Material2MZ.PERSON_ADD),
    HOUSEHOLD(Material2AL.HOUSE),
    WARNING(Material2MZ.WARNING),
    ADD(Material2AL.ADD),
    SAVE(Material2MZ.SAVE),
    CLOSE(Material2AL.CLOSE),
    REOPEN(Material2MZ.REPLAY),
    TIMELINE(Material2AL.HISTORY),
    FILTER(Material2AL.FILTER_LIST),
    PRINT(Material2MZ.PRINT),
    PREVIOUS(Material2AL.CHEVRON_LEFT),
    NEXT(Material2AL.CHEVRON_RIGHT);

    @Getter
    private final Ikon ikon;

    /** A new icon node (a node can sit in one place only). */
    public FontIcon node() {
        return new FontIcon(ikon);
    }

    public FontIcon node(int size) {
        FontIcon icon = new FontIcon(ikon);
        icon.setIconSize(size);
        return icon;
    }
}
