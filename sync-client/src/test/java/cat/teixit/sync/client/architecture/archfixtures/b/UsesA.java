package cat.teixit.sync.client.architecture.archfixtures.b;

import cat.teixit.sync.client.architecture.archfixtures.a.UsesB;

/** Breaks the no-cycles rule on purpose with {@link UsesB}; read only by ArchitectureTest. */
public final class UsesA {

    UsesB other;
}
