package cat.teixit.gui.archfixture1;

import cat.teixit.architecture.fixtures.AnEntity;
import cat.teixit.gui.archfixture2.CallsBack;

/** Fixture for the architecture rules: a screen class showing a stored entity, in a package cycle with {@link CallsBack}. */
public class ShowsAnEntity {
    public String show(AnEntity e) {
        return e.getId() + new CallsBack();
    }
}
