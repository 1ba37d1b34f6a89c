package cat.teixit.gui.archfixture2;

import cat.teixit.gui.archfixture1.ShowsAnEntity;

/** Fixture for the architecture rules: closes a package cycle with {@link ShowsAnEntity}. */
public class CallsBack {
    public ShowsAnEntity back() {
        return new ShowsAnEntity();
    }
}
