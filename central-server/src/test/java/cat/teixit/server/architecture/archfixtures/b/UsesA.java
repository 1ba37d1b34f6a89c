package cat.teixit.server.architecture.archfixtures.b;

import cat.teixit.server.architecture.archfixtures.a.UsesB;

/** Breaks the no-cycles rule on purpose with {@link UsesB}; read only by ArchitectureTest. */
public final class UsesA {

    UsesB other;
}
