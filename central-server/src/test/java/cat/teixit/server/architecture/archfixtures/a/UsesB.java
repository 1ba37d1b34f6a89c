package cat.teixit.server.architecture.archfixtures.a;

import cat.teixit.server.architecture.archfixtures.b.UsesA;

/** Breaks the no-cycles rule on purpose with {@link UsesA}: only ArchitectureTest reads it. */
public final class UsesB {

    UsesA other;
}
