package cat.teixit.gui.shell;

import cat.teixit.gui.common.View;
import cat.teixit.gui.icon.AppIcon;
import java.util.function.Supplier;
import javafx.scene.input.KeyCombination;

/**
 * One area of the sidebar (Home, Case files, Agenda, ...). Only areas that exist and that the user
 * may use are registered: there are no dead buttons. Immutable.
 *
 * @param id         stable id, also the node id of its sidebar button ({@code nav-<id>})
 * @param labelKey   translation key of its name
 * @param shortcut   keyboard shortcut that opens it
 * @param closable   whether its tab can be closed
 * @param atBottom   shown at the foot of the sidebar (settings), apart from the work areas
 */
public record Area(String id, String labelKey, AppIcon icon, KeyCombination shortcut, boolean closable,
        boolean atBottom, Supplier<View> factory) {
}
