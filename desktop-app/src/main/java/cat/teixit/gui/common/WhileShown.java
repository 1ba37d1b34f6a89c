package cat.teixit.gui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The listeners a {@link View} keeps only while it is shown: named once, added by {@link #attach()} (from
 * {@code activate}) and removed by {@link #detach()} (from {@code deactivate}), so that a window open all day does
 * not leak and no listener is added without its removal. Attaching twice adds them once. Use from the FX thread.
 */
public final class WhileShown {

    private final List<Runnable> attach = new ArrayList<>();
    private final List<Runnable> detach = new ArrayList<>();
    private boolean attached;

    /** {@code listener} on {@code value} while shown. */
    public <T> WhileShown listen(ObservableValue<T> value, ChangeListener<? super T> listener) {
        attach.add(() -> value.addListener(listener));
        detach.add(() -> value.removeListener(listener));
        return this;
    }

    /** {@code listener} on {@code list} while shown. */
    public <E> WhileShown listen(ObservableList<E> list, ListChangeListener<? super E> listener) {
        attach.add(() -> list.addListener(listener));
        detach.add(() -> list.removeListener(listener));
        return this;
    }

    /** Adds the listeners, in the order they were named. */
    public void attach() {
        if (!attached) {
            attached = true;
            attach.forEach(Runnable::run);
        }
    }

    /** Removes the listeners. */
    public void detach() {
        if (attached) {
            attached = false;
            detach.forEach(Runnable::run);
        }
    }
}
