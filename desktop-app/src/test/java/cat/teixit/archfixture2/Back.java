package cat.teixit.archfixture2;

import cat.teixit.archfixture1.Loop;

/** Fixture for the architecture rules: closes the cycle with {@link Loop}. */
public class Back {
    public Loop next() {
        return new Loop();
    }
}
