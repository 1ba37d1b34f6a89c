package cat.teixit.server.architecture.archfixtures.b;

import cat.teixit.server.architecture.archfixtures.a.UsesB;

/** Breaks the no-cycles rule on purpose with {@link UsesB}: only ArchitectureTest reads it. */
public final class UsesA {

    UsesB other;
}
