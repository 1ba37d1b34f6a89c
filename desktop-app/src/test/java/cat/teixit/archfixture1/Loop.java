package cat.teixit.archfixture1;

import cat.teixit.archfixture2.Back;

/** Fixture for the architecture rules: a cycle between two top-level packages, with {@link Back}. */
public class Loop {
    public Back next() {
        return new Back();
    }
}
